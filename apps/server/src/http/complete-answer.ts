/** Whether a GraphQL answer's text has data and no errors: the only answers the answer caches keep. */
export function isCompleteAnswer(body: string): boolean {
  try {
    const answer = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return answer.errors === undefined && answer.data !== undefined && answer.data !== null;
  } catch {
    return false;
  }
}
