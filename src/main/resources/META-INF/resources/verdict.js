// Renders the service's answers as a person reads them: a verdict, a comparison, or a problem.
import { el } from "./dom.js";
import { fieldOf, questionFor } from "./questions.js";

const MEANING = {
  ALLOWED: "The use, as described, is permitted.",
  CONDITIONAL: "Permitted if you do what the checklist below says.",
  NEEDS_REVIEW: "Not decided: answer the open questions, or have a lawyer look at the clauses marked review.",
  DENIED: "The use, as described, is not permitted.",
};

export function badge(verdict) {
  return el("span", { class: `badge ${verdict.toLowerCase()}` }, verdict.replace("_", " "));
}

export function renderVerdict(v, modelName) {
  const obligations = v.clauses.filter((c) => c.effect === "OBLIGATION");
  return [
    el("p", { class: "headline" }, badge(v.verdict), " ", MEANING[v.verdict]),
    el("p", {}, `${modelName(v.model)} under `, el("code", {}, v.license), "."),
    v.missingFacts.length > 0 && section("Questions to answer",
      el("ul", { class: "missing" }, v.missingFacts.map((fact) => el("li", {}, fieldLink(fact))))),
    obligations.length > 0 && section("What you must do",
      el("ul", { class: "checklist" }, obligations.map((c, i) => el("li", {},
        el("input", { type: "checkbox", id: `duty-${i}` }),
        el("label", { for: `duty-${i}` }, el("strong", {}, `${c.title} (${c.license} ${c.section})`), ": ", c.remedy))))),
    v.clauses.length > 0 ? section("Clauses", clauseTable(v.clauses)) : el("p", {}, "No clause restricts this use."),
    el("p", { class: "meta" }, `Decision ${v.decisionId}, ${v.evaluatedAt}, ruleset ${v.rulesetVersion}`),
  ];
}

export function section(heading, body, attrs = {}) {
  return el("section", attrs, el("h3", {}, heading), body);
}

function clauseTable(clauses) {
  return table("clauses", ["License", "Section", "Title", "Effect", "Reason", "Remedy", "Text"], clauses.map((c) => [
    el("code", {}, c.license), c.section, c.title, el("span", { class: `effect ${c.effect.toLowerCase()}` }, c.effect),
    c.reason, c.remedy ?? "", licenseLink(c.url)]));
}

// Clause URLs come from rule files; only web links become clickable (no javascript: or data: URLs).
function licenseLink(url) {
  return /^https?:\/\//.test(url ?? "") ? el("a", { href: url, rel: "noopener noreferrer" }, "license text") : "";
}

/** A link to the question that asks for a field; plain text for fields the form does not ask about. */
function fieldLink(path) {
  const field = fieldOf(path);
  const q = field === "model" ? { question: "Which model?" } : questionFor(path);
  return q ? el("a", { href: `#${field}`, class: "field", "data-field": field }, q.question, " ", el("code", {}, field))
    : el("code", {}, path);
}

/** A table with a header row; each row is its cells' contents. */
export function table(id, headings, rows) {
  return el("table", { id },
    el("thead", {}, el("tr", {}, headings.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows.map((cells) => el("tr", {}, cells.map((cell) => el("td", {}, cell))))));
}

/** An RFC 9457 problem: what went wrong, each bad field linked to its question, and the valid ids. */
export function renderProblem(p) {
  return [el("div", { class: "problem" },
    el("p", { class: "headline" }, el("strong", {}, p.title ?? "Error"), p.status ? ` (HTTP ${p.status})` : ""),
    p.detail && el("p", {}, p.detail),
    p.errors?.length > 0 && el("ul", {}, p.errors.map((e) => el("li", {}, fieldLink(e.path), ": ", e.message))),
    p.knownIds?.length > 0 && el("p", {}, "Known ids: ", p.knownIds.join(", ")))];
}
