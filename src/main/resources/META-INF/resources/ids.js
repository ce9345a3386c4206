// Names as other tools write them: find a catalog model by its Hugging Face id or page address, and check every
// model of an AI bill of materials (CycloneDX or SPDX 3) against the answers in the form.
import { call, problemOf } from "./api.js";
import { el } from "./dom.js";
import { readProfile } from "./form.js";
import { badge, renderProblem, table } from "./verdict.js";

const form = document.getElementById("profile");
const picker = document.getElementById("model");
const nameInput = document.getElementById("model-name");
const nameStatus = document.getElementById("model-name-status");
const bomFile = document.getElementById("bom-file");
const bomText = document.getElementById("bom-text");
const bomResult = document.getElementById("bom-result");

const MATCHED_BY = {
  "huggingface-id": "its Hugging Face id", purl: "its package URL", url: "its address",
  alias: "another name the catalog lists",
};

async function ask(method, path, body) {
  try {
    return { answer: await call(method, path, body) };
  } catch (e) {
    return { problem: problemOf(e) };
  }
}

function choose(id) {
  if (![...picker.options].some((option) => option.value === id)) picker.append(el("option", { value: id }, id));
  picker.value = id;
  picker.dispatchEvent(new Event("change", { bubbles: true }));
}

async function findModel() {
  const name = nameInput.value.trim();
  if (!name) return;
  nameStatus.replaceChildren("Looking it up…");
  const { answer, problem } = await ask("GET", `/v1/resolve?model=${encodeURIComponent(name)}`);
  if (problem) {
    const suggestions = problem.suggestions ?? [];
    // el() flattens the lists and drops the false entries; replaceChildren would print them.
    nameStatus.replaceChildren(el("span", {}, `${problem.title ?? "Not found"}: “${name}” names no catalog model.`,
      suggestions.length > 0 && " Did you mean ",
      suggestions.flatMap((id, i) => [i > 0 && ", ", el("button", { type: "button", class: "link", "data-model": id }, id)]),
      suggestions.length > 0 && "?"));
    return;
  }
  const model = answer.model;
  choose(model.id);
  const label = picker.selectedOptions[0]?.textContent ?? model.id;
  nameStatus.replaceChildren(el("span", {}, `Picked ${label} (`, el("code", {}, model.id), ") under ",
    el("code", {}, model.license), model.matchedBy ? `, found by ${MATCHED_BY[model.matchedBy] ?? model.matchedBy}.` : "."));
}

nameStatus.addEventListener("click", (event) => {
  const suggestion = event.target.closest("button[data-model]");
  if (!suggestion) return;
  nameInput.value = suggestion.dataset.model;
  findModel();
});

// Enter in this field looks the name up; it must not submit the whole form.
nameInput.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") return;
  event.preventDefault();
  findModel();
});
document.getElementById("model-name-find").addEventListener("click", findModel);

bomFile.addEventListener("change", async () => {
  const file = bomFile.files[0];
  if (file) bomText.value = await file.text();
});

async function checkBom() {
  let bom;
  try {
    bom = JSON.parse(bomText.value);
  } catch (e) {
    bomResult.replaceChildren(...renderProblem({ title: "The bill of materials is not JSON", detail: e.message }));
    return;
  }
  // The document names the models; the form's model is for the single verdict above.
  const { model, license, ...profile } = readProfile(form);
  bomResult.setAttribute("aria-busy", "true");
  const { answer, problem } = await ask("POST", "/v1/evaluations/bom", JSON.stringify({ profile, bom }));
  bomResult.removeAttribute("aria-busy");
  bomResult.replaceChildren(...(problem ? renderProblem(problem) : renderBom(answer)));
}
document.getElementById("bom-check").addEventListener("click", checkBom);

function renderBom(answer) {
  const rows = answer.components.map((c) => [
    [c.name ?? c.bomRef ?? "(unnamed)", c.purl && [el("br"), el("code", {}, c.purl)]],
    c.model ? el("code", {}, c.model) : "not in the catalog",
    c.license ? el("code", {}, c.license) : "—",
    c.verdict ? badge(c.verdict.verdict) : el("span", { class: "badge needs_review" }, "NO VERDICT"),
    notes(c)]);
  return [
    el("p", { class: "headline" }, badge(answer.verdict), ` ${answer.components.length} model(s) in the document.`),
    table("bom-components", ["Component", "Model", "License", "Verdict", "Notes"], rows),
    answer.warnings?.length > 0 && el("ul", { class: "warnings" },
      answer.warnings.map((w) => el("li", {}, el("code", {}, w.path), ": ", w.message))),
  ].filter(Boolean);
}

function notes(c) {
  const lines = [];
  if (c.problem) lines.push(c.problem.detail);
  const deciding = c.verdict?.clauses?.[0];
  if (deciding && deciding.effect !== "INFO") lines.push(`${deciding.license} ${deciding.section} ${deciding.title}: ${deciding.reason}`);
  for (const m of c.licenseMismatch ?? []) lines.push(`Declared “${m.declared}” is ${m.license}, not the catalog’s ${c.license}.`);
  if (c.resolvedFrom?.license) lines.push(`Not in the catalog; evaluated under its declared license “${c.resolvedFrom.license}”.`);
  return lines.map((line) => el("p", {}, line));
}
