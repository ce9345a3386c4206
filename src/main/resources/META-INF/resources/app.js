// Wires the page: the catalog into the model picker, the form into the URL, the URL into a request.
// The URL fragment is the single source of a case: submitting writes it, and every fragment change (a submit,
// an opened link, the Back button) fills the form from it and asks the service.
import { call, problemOf } from "./api.js";
import { el } from "./dom.js";
import { fillForm, focusQuestion, readProfile, renderQuestions } from "./form.js";
import { hashOf, profileOf } from "./link.js";
import { setQuestions } from "./questions.js";
import { renderProblem, renderVerdict } from "./verdict.js";
import { applyChanges, renderBestReachable, renderExplanation } from "./explain.js";

const form = document.getElementById("profile");
const picker = document.getElementById("model");
const search = document.getElementById("model-search");
const searchCount = document.getElementById("model-search-count");
const result = document.getElementById("result");
const resultBody = document.getElementById("result-body");
const models = new Map();
const licenses = new Map(); // by id, for each license's terms at a glance beside the comparison
let latest = 0; // only the answer to the latest request is shown, however the responses overtake each other

const modelName = (id) => models.get(id)?.name ?? id;

// The picker lists the catalog by provider; typing in the search box narrows it to the models GET /v1/models?q=
// finds (name, id, provider, alias or Hugging Face id). The chosen model stays listed so a search never unselects it.
function fillPicker(list) {
  const chosen = picker.value;
  const shown = chosen && !list.some((m) => m.id === chosen) ? [models.get(chosen), ...list] : list;
  picker.replaceChildren(picker.options[0], ...[...Map.groupBy(shown, (m) => m.provider)].map(([provider, group]) =>
    el("optgroup", { label: provider }, group.map((m) => el("option", { value: m.id }, m.name)))));
  picker.value = chosen;
  searchCount.textContent = `${list.length} of ${models.size} models`;
}

async function loadModels() {
  for (const model of await call("GET", "/v1/models")) models.set(model.id, model);
  for (const license of await call("GET", "/v1/licenses")) licenses.set(license.id, license);
  fillPicker([...models.values()]);
}

let searchTicket = 0; // as with verdicts, only the answer to the latest search is shown
search.addEventListener("input", async () => {
  const ticket = ++searchTicket;
  const text = search.value.trim();
  let list;
  try {
    list = text ? await call("GET", `/v1/models?q=${encodeURIComponent(text)}`) : [...models.values()];
  } catch (e) {
    list = [...models.values()];
  }
  if (ticket === searchTicket) fillPicker(list);
});

function show(nodes) {
  resultBody.replaceChildren(...nodes.flat().filter(Boolean));
  result.removeAttribute("aria-busy");
  result.scrollIntoView({ block: "start" });
}

async function evaluate(profile) {
  const ticket = ++latest;
  result.setAttribute("aria-busy", "true");
  try {
    const body = JSON.stringify(profile);
    const open = (changed) => { location.hash = hashOf(changed); };
    let nodes;
    if (profile.model) {
      const verdict = await call("POST", "/v1/evaluations?explain=true", body);
      nodes = [...renderVerdict(verdict, modelName), ...renderExplanation(verdict, profile, open)];
    } else {
      nodes = renderBestReachable(await call("POST", "/v1/evaluations/compare?explain=true", body), modelName, licenses,
        (model, changes) => hashOf(applyChanges({ ...profile, model }, changes)));
    }
    if (ticket === latest) show(nodes);
  } catch (e) {
    if (ticket === latest) show(renderProblem(problemOf(e)));
  }
}

function fromUrl() {
  let profile;
  try {
    profile = profileOf(location.hash);
  } catch (e) {
    show(renderProblem({ title: "This link does not hold a readable case", detail: e.message }));
    return;
  }
  if (profile === null) return;
  if (search.value) {
    search.value = "";
    fillPicker([...models.values()]);
  }
  fillForm(form, profile);
  evaluate(profile);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const profile = readProfile(form);
  const hash = hashOf(profile);
  if (location.hash === hash) evaluate(profile); // same case again: no hashchange will fire
  else location.hash = hash;
});

// Starting over drops the case from the URL too. On the button, not the form's reset event: filling the form
// from a link resets it as well.
form.querySelector("button[type=reset]").addEventListener("click", () => location.assign(location.pathname));

// Links to questions move the focus to the question; they must not replace the case in the fragment.
result.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-field]");
  if (!link) return;
  event.preventDefault();
  focusQuestion(link.dataset.field);
});

window.addEventListener("hashchange", fromUrl);

async function loadQuestions() {
  setQuestions(await call("GET", "/v1/facts"));
  renderQuestions(document.getElementById("questions"));
}

// Questions first: a test or a person waiting for the model list finds the form ready.
loadQuestions().then(loadModels).catch((e) => show(renderProblem(problemOf(e)))).finally(fromUrl);
