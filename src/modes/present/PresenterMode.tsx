/** Placeholder until presenter mode lands. */
export function PresenterMode({ slide }: { slide: number }) {
  return <p>汇报模式 {slide}</p>;
}
