/**
 * Froala's editable as Froala itself renders it (froala-editor 4 and 5): the one part of a reply box
 * that is the same wherever Freshworks runs Froala, because it is Froala's markup, not the helpdesk's.
 */
export const FROALA_EDITABLE = 'div.fr-element.fr-view[contenteditable="true"]';
