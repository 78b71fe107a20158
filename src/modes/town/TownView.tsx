/** Placeholder until the town leader view lands. */
export function TownView({ town }: { town: string }) {
  return <p>{town}</p>;
}
