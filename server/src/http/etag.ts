/** Whether an If-None-Match header names this ETag (the client has this answer: 304). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag);
}
