// The profile form: renders the questions, reads the answers into a profile and writes a profile back.
// An unanswered question is left out of the profile, which the contract reads as "unknown".
import { el } from "./dom.js";
import { GROUPS, PURPOSES, QUESTIONS } from "./questions.js";

const PURPOSE_ANSWER = "purposes-answer";
const PURPOSE_ANSWERS = { unknown: "Don’t know", none: "None of these", listed: "The ones ticked below" };

export function renderQuestions(container) {
  container.append(...GROUPS.map((group) =>
    el("fieldset", {}, el("legend", {}, group.legend), group.questions.map(question))));
  const purposes = container.querySelector(".purposes");
  purposes.addEventListener("change", (event) => keepPurposesConsistent(purposes, event.target));
}

function question(q) {
  const helpId = `${q.path}-help`;
  if (q.kind === "purposes") return purposesQuestion(q, helpId);
  return el("div", { class: "question" },
    el("label", { for: q.path }, q.question),
    control(q, { id: q.path, "aria-describedby": helpId }),
    el("p", { class: "help", id: helpId }, q.help));
}

function control(q, attrs) {
  switch (q.kind) {
    case "yes-no": return select(attrs, { true: "Yes", false: "No" });
    case "choice": return select(attrs, q.options);
    case "count": return el("input", { ...attrs, type: "number", min: 0, step: 1, inputmode: "numeric" });
    case "country": return el("input", { ...attrs, type: "text", maxlength: 2, size: 3, autocomplete: "off" });
    case "date": return el("input", { ...attrs, type: "date" });
    default: return el("input", { ...attrs, type: "text", autocomplete: "off" });
  }
}

function select(attrs, options) {
  return el("select", attrs, el("option", { value: "" }, "Don’t know"),
    Object.entries(options).map(([value, label]) => el("option", { value }, label)));
}

// "Don't know" (field left out) and "None of these" (an empty list) are different answers, so the list has
// its own radio buttons above the check boxes.
function purposesQuestion(q, helpId) {
  return el("fieldset", { id: q.path, class: "question purposes", "aria-describedby": helpId },
    el("legend", {}, q.question),
    el("p", { class: "help", id: helpId }, q.help),
    el("div", { class: "purpose-answer" }, Object.entries(PURPOSE_ANSWERS).map(([value, label]) =>
      el("label", {}, el("input", { type: "radio", name: PURPOSE_ANSWER, value, checked: value === "unknown" }), label))),
    el("div", { class: "purpose-groups" }, Object.entries(purposeGroups(q.values)).map(([group, ids]) =>
      el("fieldset", {}, el("legend", {}, group), ids.map((id) =>
        el("label", {}, el("input", { type: "checkbox", name: q.path, value: id }), id.replace(/-/g, " ")))))));
}

// The display groups, plus any purpose of the registry they do not list, so none is ever left unasked.
function purposeGroups(values) {
  const listed = new Set(Object.values(PURPOSES).flat());
  const others = values.filter((id) => !listed.has(id));
  return others.length ? { ...PURPOSES, Other: others } : PURPOSES;
}

function keepPurposesConsistent(fieldset, changed) {
  if (changed.type === "checkbox" && changed.checked) {
    setPurposeAnswer(fieldset, "listed");
  } else if (changed.type === "radio" && changed.value !== "listed") {
    purposeBoxes(fieldset).forEach((box) => { box.checked = false; });
  }
}

function setPurposeAnswer(fieldset, value) {
  fieldset.querySelector(`input[name="${PURPOSE_ANSWER}"][value="${value}"]`).checked = true;
}

function purposeBoxes(fieldset) {
  return [...fieldset.querySelectorAll("input[type=checkbox]")];
}

export function readProfile(form) {
  const profile = {};
  if (form.elements.model.value) profile.model = form.elements.model.value;
  for (const q of QUESTIONS) {
    const answer = readAnswer(form, q);
    if (answer === undefined) continue;
    const [group, field] = q.path.split(".");
    (profile[group] ??= {})[field] = answer;
  }
  return profile;
}

function readAnswer(form, q) {
  if (q.kind === "purposes") {
    const fieldset = document.getElementById(q.path);
    if (form.elements[PURPOSE_ANSWER].value === "unknown") return undefined;
    return purposeBoxes(fieldset).filter((box) => box.checked).map((box) => box.value);
  }
  const raw = document.getElementById(q.path).value.trim();
  if (raw === "") return undefined;
  switch (q.kind) {
    case "yes-no": return raw === "true";
    case "count": return Number(raw);
    // Country codes are upper case on the wire; "de" can only mean DE.
    case "country": return raw.toUpperCase();
    case "countries": return raw.toUpperCase().split(/[\s,;]+/).filter(Boolean);
    case "list": return raw.split(/[\s,;]+/).filter(Boolean);
    default: return raw;
  }
}

export function fillForm(form, profile) {
  form.reset();
  offerModel(form.elements.model, profile.model);
  form.elements.model.value = profile.model ?? "";
  for (const q of QUESTIONS) {
    const [group, field] = q.path.split(".");
    const answer = profile[group]?.[field];
    if (answer !== undefined && answer !== null) writeAnswer(q, answer);
  }
}

// A shared link may name a model the catalog no longer has: keep it selectable so the service's answer
// (unknown model, with the known ids) is what the reader sees, rather than a silent switch to "compare".
function offerModel(picker, model) {
  if (model && ![...picker.options].some((option) => option.value === model)) picker.append(el("option", {}, model));
}

function writeAnswer(q, answer) {
  const control = document.getElementById(q.path);
  if (q.kind === "purposes") {
    const chosen = Array.isArray(answer) ? answer : [];
    setPurposeAnswer(control, chosen.length ? "listed" : "none");
    purposeBoxes(control).forEach((box) => { box.checked = chosen.includes(box.value); });
  } else {
    control.value = Array.isArray(answer) ? answer.join(", ") : String(answer);
  }
}

/** Moves the keyboard focus to the question that asks for a field (a missing fact, a bad field). */
export function focusQuestion(field) {
  const target = document.getElementById(field);
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  (target.matches("input, select") ? target : target.querySelector("input:checked, input")).focus();
}
