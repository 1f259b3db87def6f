// Problems the suite finds that are known and reported, so they do not fail the run while they
// are being fixed. Each is still printed on every run, and the run says when one no longer
// happens, so that its entry can be removed (not an `intermittent` one). Only `findings` (problems a journey saw and got
// past, such as a layout shift during a tap) can be known; a failed journey or an uncaught
// error always fails the run. `node tests/engines/run.mjs --strict` ignores this list.

const MODULEPRELOAD =
  "Firefox fires an error event at <link rel=modulepreload> for the app's JS although it loads (200) and the app starts. " +
  "index.html's start-up script counts only scripts and stylesheet links as a failed start, so the user sees nothing; " +
  "the event itself is still recorded here. A \"could not start\" message shown would fail the run.";

export const KNOWN = [
  { engine: "firefox", types: ["load-error"], match: /^LINK .*\.js$/, intermittent: true, why: MODULEPRELOAD },
];

/** The known issue a finding matches, if any. */
export function knownIssue(engine, journey, finding) {
  return KNOWN.find(
    (k) =>
      k.engine === engine &&
      k.types.includes(finding.type) &&
      (!k.journey || k.journey.test(journey)) &&
      (!k.match || k.match.test(finding.message))
  );
}
