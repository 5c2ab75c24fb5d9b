import { HELPDESK_MATCHES } from '@/lib/adapters/matches';
import { handKeyToBridge } from '@/lib/editor-bridge/bridge-key';

// Hands the editor bridge (page world, injected just before this) the key that signs its answers,
// at document_start, before any page script can listen. The sidebar reads the key from this world.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_start',
  main() {
    handKeyToBridge(document);
  },
});
