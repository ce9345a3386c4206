// The usage profile of the contract (section 1) as questions, in the checklist's groups.
// `path` is the field's dotted path: it is the form control's id, the key in the request body, and the name
// the verdict uses in missingFacts, so a missing fact links straight to its question.

const YES_NO = "yes-no"; // tri-state: yes, no, don't know

export const GROUPS = [
  {
    legend: "Who you are",
    questions: [
      { path: "licensee.type", kind: "choice", question: "What kind of organisation are you?",
        help: "The licensee: the legal entity that uses the model.",
        options: { company: "Company", individual: "Individual", government: "Government",
                   nonprofit: "Non-profit", academic: "Academic" } },
      { path: "licensee.country", kind: "country", question: "Where are you based?",
        help: "Two-letter code of your domicile or principal place of business (DE, US); “EU” is not a country." },
      { path: "licensee.monthlyActiveUsers", kind: "count", question: "How many monthly active users do you have?",
        help: "All products and services of you and your affiliates (Llama terms: in the month before the model’s release)." },
      { path: "licensee.annualRevenueUsd", kind: "count", question: "What is your annual revenue in US dollars?",
        help: "Yours and your affiliates’ together." },
    ],
  },
  {
    legend: "How you use it",
    questions: [
      { path: "use.commercial", kind: YES_NO, question: "Is the use commercial?",
        help: "A revenue-generating product, a paid service, or a company’s internal operations all count." },
      { path: "use.purposes", kind: "purposes", question: "What do you use it for?",
        help: "Tick every purpose that applies. “None of these” is a known answer; “Don’t know” leaves it open." },
      { path: "use.deploymentCountries", kind: "countries", question: "Where is it offered?",
        help: "Two-letter country codes separated by commas or spaces (DE, US); leave empty if you don’t know." },
      { path: "use.accessMode", kind: "choice", question: "How do you reach the model?",
        help: "Running the weights yourself and calling a provider’s API come under different terms.",
        options: { weights: "We download and run the weights", api: "We call the provider’s hosted API" } },
      { path: "use.offersAsHostedService", kind: YES_NO, question: "Do you offer the model itself to others as a service?",
        help: "Model-as-a-service: third parties call the model through you, not just your product built on it." },
    ],
  },
  {
    legend: "What you change and share",
    questions: [
      { path: "modification.finetunes", kind: YES_NO, question: "Do you fine-tune or otherwise modify the model?",
        help: "Any change to the weights makes a derivative." },
      { path: "modification.redistributesWeights", kind: YES_NO, question: "Do you give the weights to anyone else?",
        help: "The original or a derivative, to any third party, for free or not." },
      { path: "modification.derivativeName", kind: "text", question: "What is your derivative model called?",
        help: "The public name of the modified model you distribute or make available." },
      { path: "modification.usesOutputsToTrainOtherModels", kind: YES_NO,
        question: "Do you train other AI models on its outputs?",
        help: "Outputs used to train, fine-tune or improve another AI model." },
    ],
  },
  {
    legend: "What you promise",
    questions: [
      { path: "compliance.includesLicenseCopy", kind: YES_NO, question: "Will you pass a copy of the license on?",
        help: "With everything you distribute." },
      { path: "compliance.displaysAttribution", kind: YES_NO, question: "Will you show the attribution the license asks for?",
        help: "For example “Built with Llama”." },
      { path: "compliance.passesUseRestrictionsDownstream", kind: YES_NO,
        question: "Will you make the use restrictions binding on your users?",
        help: "In your terms of use or license, so the restrictions travel with the model." },
      { path: "compliance.statesModifications", kind: YES_NO, question: "Will changed files say that they were changed?",
        help: "A notice on modified files or derivatives." },
    ],
  },
  {
    legend: "What data you send",
    questions: [
      { path: "data.sendsPersonalData", kind: YES_NO, question: "Do you send personal data to the model provider?",
        help: "Matters when you call a provider’s API." },
      { path: "data.sendsHealthData", kind: YES_NO, question: "Do you send health data to the model provider?",
        help: "For example protected health information under HIPAA." },
    ],
  },
];

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

const BY_PATH = new Map(GROUPS.flatMap((group) => group.questions).map((q) => [q.path, q]));

export const QUESTIONS = [...BY_PATH.values()];

/** The dotted field path of a missing fact (as is) or of a problem's JSON path ($.use.purposes[2]). */
export function fieldOf(path) {
  return path.replace(/^\$\./, "").replace(/\[\d+\]$/, "");
}

/** The question that asks for a field, undefined for a field the form does not ask about. */
export function questionFor(path) {
  return BY_PATH.get(fieldOf(path));
}
