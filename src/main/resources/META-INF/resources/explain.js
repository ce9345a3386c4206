// Renders explanations (contract section 6.3) as things a person can act on: each set of changes as a to-do list
// that applies itself to the form, each open question as buttons that fill in the answer and ask again, the
// thresholds as an "as you grow" line, and a comparison as a table of the best verdict each model can reach.
// Acting means writing a new case into the address bar: the page then fills the form from it and asks the service.
import { el } from "./dom.js";
import { badge, section, table } from "./verdict.js";

/** The profile with a change set applied, the same way the service applies it when it checks the set. */
export function applyChanges(profile, changes) {
  const next = structuredClone(profile);
  for (const change of changes) {
    const [group, field] = change.fact.split(".");
    const facts = (next[group] ??= {});
    if ("to" in change) {
      facts[field] = change.to;
    } else {
      const list = [...(facts[field] ?? [])];
      if (change.add !== undefined && !list.includes(change.add)) list.push(change.add);
      facts[field] = list.filter((item) => item !== change.remove);
    }
  }
  return next;
}

const words = (path) => path.split(".").pop().replace(/([A-Z])/g, " $1").toLowerCase();
const shown = (value) => Array.isArray(value) ? (value.length ? value.join(", ") : "none")
  : typeof value === "number" ? value.toLocaleString("en-US") : String(value);
const clause = (key) => { const [license, section] = key.split(":"); return `${license} §${section}`; };

function describe(change) {
  if ("to" in change) return [`set ${words(change.fact)} to `, el("strong", {}, shown(change.to))];
  if (change.add !== undefined) {
    return change.fact === "licensee.agreements" ? ["obtain a separate agreement for ", el("strong", {}, clause(change.add))]
      : [`add ${shown(change.add)} to ${words(change.fact)}`];
  }
  return [`drop `, el("strong", {}, shown(change.remove)), ` from ${words(change.fact)}`];
}

/**
 * The explanation under a verdict.
 * @param go opens a changed case (fills the form and asks the service again)
 */
export function renderExplanation(v, profile, go) {
  const e = v.explanation;
  if (!e) return [];
  return [
    e.changes.length > 0 && explanation("How to get to " + e.bestVerdict.replace("_", " "),
      el("div", { class: "changes" }, e.changes.map((set, i) => el("div", { class: "change-set" },
        el("p", {}, `Option ${i + 1}: `, badge(set.verdict)),
        el("ul", { class: "todo" }, set.set.map((change) => el("li", {}, describe(change)))),
        button("Apply these changes", () => go(applyChanges(profile, set.set))))))),
    e.changes.length === 0 && e.bestVerdict === v.verdict && v.verdict !== "ALLOWED"
      && el("p", { class: "best" }, "No change to what you do, promise or share improves this verdict."),
    e.questions.length > 0 && explanation("What each answer would mean",
      el("dl", { class: "answers" }, e.questions.flatMap((q) => [
        el("dt", {}, words(q.fact), " ", el("code", {}, q.fact)),
        el("dd", {}, q.answers.map((a) => button([shown(a.value), " → ", badge(a.verdict)],
          () => go(applyChanges(profile, [{ fact: q.fact, to: a.value }])), "answer")))]))),
    e.thresholds.length > 0 && explanation("As you grow",
      el("ul", { class: "grow" }, e.thresholds.map((t) => el("li", {},
        `at ${(t.above + 1).toLocaleString("en-US")} ${words(t.fact)}: `, badge(t.verdict), ", ",
        t.clauses.map(clause).join(", "))))),
  ];
}

/** Every model's verdict and the best it can reach, with each license's terms at a glance. */
export function renderBestReachable(verdicts, modelName, licenses, linkTo) {
  return [
    el("p", {}, `${verdicts.length} models, best first, with the best verdict each can reach and what it takes.`),
    table("comparison", ["Model", "License", "Verdict", "Best reachable", "What it takes", "Terms at a glance"], verdicts.map((v) => {
      const first = v.explanation.changes[0];
      return [
        el("a", { href: linkTo(v.model, []) }, modelName(v.model)),
        el("code", {}, v.license),
        badge(v.verdict),
        badge(v.explanation.bestVerdict),
        first ? [el("a", { href: linkTo(v.model, first.set) }, `${first.set.length} change${first.set.length > 1 ? "s" : ""}`),
          ": ", first.set.map((c) => el("span", { class: "change" }, describe(c)))] : "nothing to change",
        glance(licenses.get(v.license)?.atAGlance),
      ];
    })),
  ];
}

function glance(g) {
  if (!g) return "";
  const terms = [g.royaltyFree ? "royalty-free" : g.paidApi ? "paid API" : "paid", g.access.join(" + ") || "no model",
    g.osiApproved ? "OSI-approved" : "not OSI-approved", g.copyleft ? "copyleft" : null,
    ...g.separateLicenseAbove.map((t) => `separate license above ${t.above.toLocaleString("en-US")} ${words(t.fact)}`),
    `${g.typicalObligations} obligation${g.typicalObligations === 1 ? "" : "s"} in typical use`];
  return terms.filter(Boolean).join(" · ");
}

function explanation(heading, body) {
  return section(heading, body, { class: "explanation" });
}

function button(label, onClick, kind = "apply") {
  const b = el("button", { type: "button", class: kind }, label);
  b.addEventListener("click", onClick);
  return b;
}
