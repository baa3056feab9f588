/** English. Strings the base element itself uses (loading, the alert, storage), in both locales. Element-specific wording lives beside each element's strings; shared action words in actions.ts. */
import type { UnitWords } from '../../parse/number-messages.js';

export interface CommonStrings {
  loading: string;
  invalidTitle: string;
  invalidHint: string;
  memoryOnly: string;
  /** Where a value came from, for messages. */
  input: string;
  jsonAttributeInvalid: (attr: string, why: string) => string;
  jsonScriptInvalid: (why: string) => string;
  /** The attribute reads "[object Object]": a framework set an object as an attribute before the element was defined. */
  objectAsAttribute: (attr: string) => string;
  loadFailed: (attr: string, url: string, why: string) => string;
  responseNotJson: (why: string) => string;
  /** A URL that did not answer within the deadline (seconds). */
  noAnswer: (seconds: string) => string;
  /** A URL whose body stopped coming for the deadline, after `size` (`850 KB`, `12.3 MB`). */
  stalled: (seconds: string, size: string) => string;
  /** Loading with the bytes so far (`12.3 MB`). */
  loadingBytes: (size: string) => string;
  /** The button that loads a failed URL again. */
  retry: string;
  /** A field's message in the units the user types (src/parse/number-messages.ts): "must be ≥ 0 %". */
  units: UnitWords;
  /** Over results kept from the last valid input while a field is invalid. */
  lastGood: string;
}

export const COMMON: CommonStrings = {
  loading: 'Loading…',
  invalidTitle: 'Some input could not be used',
  invalidHint: 'Showing the last valid result until this is fixed.',
  memoryOnly: 'Saving is unavailable in this browser: changes are kept only until the page is closed.',
  input: 'input',
  jsonAttributeInvalid: (attr, why) => `the ${attr} attribute is not valid JSON (${why})`,
  jsonScriptInvalid: (why) => `the child <script type="application/json"> is not valid JSON (${why})`,
  objectAsAttribute: (attr) =>
    `the ${attr} attribute reads "[object Object]": an object was set as an attribute, which happens when a page sets it before this element is defined. Set the ${attr} property once the library has loaded, or pass JSON text`,
  loadFailed: (attr, url, why) => `could not be loaded from ${attr}="${url}": ${why}`,
  responseNotJson: (why) => `the response is not valid JSON: ${why}`,
  noAnswer: (seconds) => `no answer in ${seconds} s`,
  stalled: (seconds, size) => `the answer stopped after ${size}: no data in ${seconds} s`,
  loadingBytes: (size) => `Loading… ${size}`,
  retry: 'Retry',
  units: {
    min: (bound, inclusive) => `must be ${inclusive ? '≥' : '>'} ${bound}`,
    max: (bound, inclusive) => `must be ${inclusive ? '≤' : '<'} ${bound}`,
    notNumber: 'is not a number (type digits, e.g. 2600000, 260万 or 15%)',
    whole: 'must be a whole number',
    required: 'is required',
  },
  lastGood: 'Last valid result: it does not include the field being corrected.',
};
