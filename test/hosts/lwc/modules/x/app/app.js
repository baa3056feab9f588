import { LightningElement, api } from 'lwc';
import { loadScript } from 'x/resourceLoader';
import { LEAD } from '../../../../seeds.js';

// The seed's customer (docs/models.md §1 worked example: 78.5 → B); the lead is shared with the other host apps.
const CUSTOMER = { values: { tenureMonths: 11, cumulativePayment: 800000, users: 450, usageRate: 0.9 } };

export default class App extends LightningElement {
  /** URL of the library's IIFE (on the platform: a static resource). */
  @api libraryUrl;

  loaded = false;
  lead = LEAD;
  leadJson = JSON.stringify(LEAD);
  customer = CUSTOMER;
  status = 'loading';
  jsonScore = '';
  earlyMessage = '';
  started = false;

  renderedCallback() {
    if (this.started) return;
    this.started = true;
    loadScript(this, this.libraryUrl).then(() => {
      this.loaded = true;
      // A new object after the load: LWC now finds the `data` property and sets it.
      this.customer = { ...CUSTOMER };
    });
  }

  handleChange(event) {
    this.status = `${event.type}: ${event.detail.tier} ${event.detail.score}`;
  }

  handleJsonChange(event) {
    this.jsonScore = String(event.detail.score);
  }

  handleInvalid(event) {
    this.status = `${event.type}: ${event.detail.issues[0].message}`;
  }

  handleEarlyInvalid(event) {
    this.earlyMessage = event.detail.issues[0].message;
  }
}
