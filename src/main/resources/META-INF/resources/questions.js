// The profile's questions, built from the service's fact registry (GET /v1/facts): one question per fact, in the
// checklist's groups, so a fact added to the registry is asked here without touching the page.
// `path` is the field's dotted path: it is the form control's id, the key in the request body, and the name
// the verdict uses in missingFacts, so a missing fact links straight to its question.

// The first part of a fact's path names its group. The model (and license) are picked above the questions.
const LEGENDS = {
  licensee: "Who you are",
  use: "How you use it",
  modification: "What you change and share",
  compliance: "What you promise",
  data: "What data you send",
};

// How each registry type is asked.
const KINDS = {
  boolean: "yes-no", integer: "count", string: "text", date: "date", enum: "choice",
  "enum-list": "purposes", country: "country", "country-list": "countries", "string-list": "list",
};

// Extra help where the registry's meaning is not enough for a person filling in the form.
const HELP = {
  "licensee.country": "Two-letter code (DE, US); “EU” is not a country.",
  "use.purposes": "Tick every purpose that applies. “None of these” is a known answer; “Don’t know” leaves it open.",
  "use.deploymentCountries": "Two-letter country codes separated by commas or spaces (DE, US).",
  "licensee.agreements": "Clause ids (llama-2-community:2) or license ids, separated by commas.",
};

// The purposes vocabulary (contract section 4), grouped so a reader can scan it.
export const PURPOSES = {
  "Everyday work": ["general-assistant", "customer-support", "content-generation", "code-generation",
                    "internal-tools", "research", "education", "translation", "search"],
  "Advice": ["medical-advice", "legal-advice", "financial-advice"],
  "Decisions about people": ["employment-decisions", "credit-decisions", "housing-decisions", "insurance-decisions"],
  "Public authority": ["law-enforcement", "predictive-policing", "immigration-decisions"],
  "Security": ["military", "weapons", "nuclear", "espionage", "critical-infrastructure"],
  "Watching people": ["surveillance", "biometric-identification"],
  "Manipulation and abuse": ["disinformation", "impersonation", "political-campaigning", "spam",
                             "malware", "harassment", "adult-content", "child-directed"],
};

export let GROUPS = [];
export let QUESTIONS = [];
let byPath = new Map();

const label = (id) => capitalised(id.replace(/-/g, " "));

/** Sets the questions from the registry's facts (the answer of GET /v1/facts). */
export function setQuestions(facts) {
  QUESTIONS = facts.filter((fact) => LEGENDS[fact.path.split(".")[0]]).map((fact) => ({
    path: fact.path,
    kind: KINDS[fact.type] ?? "text",
    question: fact.question,
    help: HELP[fact.path] ? `${capitalised(fact.meaning)}. ${HELP[fact.path]}` : `${capitalised(fact.meaning)}.`,
    options: Object.fromEntries(fact.values.map((id) => [id, label(id)])),
    values: fact.values,
  }));
  GROUPS = Object.entries(LEGENDS).map(([prefix, legend]) =>
    ({ legend, questions: QUESTIONS.filter((q) => q.path.startsWith(`${prefix}.`)) }));
  byPath = new Map(QUESTIONS.map((q) => [q.path, q]));
}

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The dotted field path of a missing fact (as is) or of a problem's JSON path ($.use.purposes[2]). */
export function fieldOf(path) {
  return path.replace(/^\$\./, "").replace(/\[\d+\]$/, "");
}

/** The question that asks for a field, undefined for a field the form does not ask about. */
export function questionFor(path) {
  return byPath.get(fieldOf(path));
}
