// The case lives in the URL fragment as base64url JSON, so a link carries the exact profile. The fragment,
// unlike a query string, never reaches a server or its access logs.
const PREFIX = "#profile=";

export function hashOf(profile) {
  const bytes = new TextEncoder().encode(JSON.stringify(profile));
  const base64 = btoa(String.fromCharCode(...bytes));
  return PREFIX + base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The profile in a fragment, null when the fragment holds none; throws when it is damaged. */
export function profileOf(hash) {
  if (!hash.startsWith(PREFIX)) return null;
  const binary = atob(hash.slice(PREFIX.length).replace(/-/g, "+").replace(/_/g, "/"));
  const profile = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  if (typeof profile !== "object" || profile === null || Array.isArray(profile)) {
    throw new Error("the link does not hold a usage profile");
  }
  return profile;
}
