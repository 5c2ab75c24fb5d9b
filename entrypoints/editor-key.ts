import { handKeyToBridge, lateKeyMarked } from '@/lib/editor-bridge/bridge-key';

// Hands the editor bridge (page world, injected just before this) the key that signs its answers,
// at document_start, before any page script can listen; or late, into a page open already, where the
// background marked this world (a helpdesk turned on from the toolbar, see bridge-key.ts). The
// sidebar reads the key from this world.
// An unlisted script, declared in the manifest by wxt.config.ts (EDITOR_KEY_SCRIPT): it needs no
// browser API, so it carries neither WXT's content-script runtime nor the polyfill (16.8 KB → 1.0 KB).
export default defineUnlistedScript(() => {
  handKeyToBridge(document, crypto, { late: lateKeyMarked() });
});
