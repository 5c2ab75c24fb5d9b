/**
 * What a browser's HTML parser does with `<template shadowrootmode="open|closed">` (declarative
 * shadow DOM), for happy-dom, which leaves such templates as they are: each becomes its parent's
 * shadow root, holding the template's content. Fixture pages use it to model helpdesks that render
 * parts of a ticket in shadow roots.
 */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    attachDeclarativeShadowRoots(template.content);
    shadow.append(template.content);
    template.remove();
  }
}
