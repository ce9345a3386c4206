// Calls the service: the answer's JSON, or an RFC 9457 problem thrown as a ProblemError (also when the service
// cannot be reached), so every part of the page reports failures the same way.
export class ProblemError extends Error {
  constructor(problem) {
    super(problem.title);
    this.problem = problem;
  }
}

export async function call(method, path, body) {
  let response;
  try {
    response = await fetch(path, { method, headers: { "Content-Type": "application/json" }, body });
  } catch (e) {
    throw new ProblemError({ title: "The service could not be reached", detail: e.message });
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw new ProblemError(payload ?? { title: response.statusText, status: response.status });
  return payload;
}

export const problemOf = (e) => e.problem ?? { title: "The page failed", detail: e.message };
