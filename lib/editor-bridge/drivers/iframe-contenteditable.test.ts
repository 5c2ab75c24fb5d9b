import { afterEach, describe, expect, it } from 'vitest';
import { runPageEditorOperation } from '.';
import { iframeContenteditableDriver } from './iframe-contenteditable';

// Which editables the frame driver takes. Writing (execCommand in the frame, the editor's own undo
// stack) needs a browser's editing: tests/e2e/sidebar-zohodesk.e2e.ts runs it against the real
// Squire in a frame. happy-dom gives a frame a document of its own only from srcdoc.

function frame(body: string): HTMLIFrameElement {
  const element = document.createElement('iframe');
  element.setAttribute('srcdoc', body);
  document.body.append(element);
  return element;
}

afterEach(() => document.body.replaceChildren());

describe('the iframe editable driver', () => {
  it("takes the editable body of a same-origin frame's document", () => {
    const body = frame('<body contenteditable="true"><div>Hi Hanna,</div></body>').contentDocument!.body;
    expect(body.isContentEditable).toBe(true);
    expect(iframeContenteditableDriver.attach(body)).not.toBeNull();
  });

  it("takes neither a frame's body that is not editable yet, nor an element inside one, nor this page's own body", () => {
    expect(iframeContenteditableDriver.attach(frame('<body><div>Hi</div></body>').contentDocument!.body)).toBeNull();
    const inner = frame('<body contenteditable="true"><div id="line">Hi</div></body>').contentDocument!.getElementById('line')!;
    expect(iframeContenteditableDriver.attach(inner)).toBeNull();
    document.body.setAttribute('contenteditable', 'true');
    expect(iframeContenteditableDriver.attach(document.body)).toBeNull();
    document.body.removeAttribute('contenteditable');
  });

  it("finds a hint's words in the frame's text, and refuses them once they changed", async () => {
    const body = frame('<body contenteditable="true"><div>Are you sure it was not delivered?</div></body>').contentDocument!.body;
    const changed = await runPageEditorOperation(body, { op: 'replace', start: 0, end: 12, expected: 'Were you sur', text: 'x' }, 'iframe-contenteditable');
    expect(changed).toEqual({ ok: false, code: 'changed', error: 'the reply has changed since; try again' });
    expect(body.textContent).toBe('Are you sure it was not delivered?');
  });
});
