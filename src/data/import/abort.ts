/** The error every cancelled import rejects with (a DOMException named AbortError, like fetch). */
export function abortError(): DOMException {
  return new DOMException('The import was cancelled', 'AbortError');
}
