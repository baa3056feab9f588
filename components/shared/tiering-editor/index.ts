/** The tiering model editor, loaded on first use (load-editor.ts): a session per host element. */
export { EditorSession } from './editor-session.js';
