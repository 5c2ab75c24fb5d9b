<?php
/**
 * Runs inside a FreeScout install, through its own models: boots the app as artisan does
 * (`php artisan tinker` fails on PHP 8.2), then, by its first argument:
 *  - seed: reads the seed (seed-data.ts) as JSON on standard input, prints the ids it made;
 *  - add-thread: reads {conversationId, type, body, customerEmail} and adds that thread, as mail
 *    fetched while an agent has the conversation open would be;
 *  - threads ID: prints conversation ID's published threads, oldest first, as FreeScout stored them.
 * Run from the app's root: `php models.php seed < seed.json`.
 *
 * Customer mail normally arrives by IMAP; here each thread is made as FreeScout's API makes one
 * (Thread::createExtended), each with a freshly loaded Conversation: the one in hand keeps a stale
 * threads_count, and createExtended would take every thread for the conversation's first.
 */
use App\Conversation;
use App\Customer;
use App\Mailbox;
use App\Thread;
use App\User;

$root = getcwd();
require $root.'/vendor/autoload.php';
$app = require $root.'/bootstrap/app.php';
$app->make(Illuminate\Contracts\Console\Kernel::class)->bootstrap();

const TYPES = ['customer' => Thread::TYPE_CUSTOMER, 'message' => Thread::TYPE_MESSAGE, 'note' => Thread::TYPE_NOTE];

function fail(string $why): void
{
    fwrite(STDERR, $why."\n");
    exit(1);
}

function input(): array
{
    return json_decode(stream_get_contents(STDIN), true, 32, JSON_THROW_ON_ERROR);
}

/** A thread's data for createExtended: agents' threads are the first user's (the agent the seed made). */
function threadData(array $thread): array
{
    $data = ['type' => TYPES[$thread['type']], 'body' => $thread['body']];
    if ($thread['type'] !== 'customer') {
        $data['created_by_user_id'] = User::orderBy('id')->firstOrFail()->id;
    }
    return $data;
}

function seed(array $seed): array
{
    $agent = User::where('email', $seed['agent']['email'])->firstOrFail();
    $mailbox = new Mailbox();
    $mailbox->name = $seed['mailbox']['name'];
    $mailbox->email = $seed['mailbox']['email'];
    $mailbox->save();
    $mailbox->users()->sync([$agent->id]);
    $mailbox->syncPersonalFolders([$agent->id]);

    $made = ['mailboxId' => $mailbox->id, 'conversations' => []];
    foreach ($seed['conversations'] as $item) {
        $customer = Customer::create($item['customer']['email'], [
            'first_name' => $item['customer']['firstName'],
            'last_name' => $item['customer']['lastName'],
        ]);
        $threads = $item['threads'];
        $created = Conversation::create([
            'type' => Conversation::TYPE_EMAIL,
            'subject' => $item['subject'],
            'mailbox_id' => $mailbox->id,
            'source_type' => Conversation::SOURCE_TYPE_EMAIL,
        ], [threadData($threads[0])], $customer);
        if (!$created) {
            fail("FreeScout refused the conversation '{$item['subject']}'");
        }
        $conversationId = $created['conversation']->id;
        foreach (array_slice($threads, 1) as $thread) {
            if (!Thread::createExtended(threadData($thread), Conversation::find($conversationId), $customer)) {
                fail("FreeScout refused a {$thread['type']} thread in conversation $conversationId");
            }
        }
        // Made within one second: a minute apart each, in the seed's order, so the page's
        // newest-first order (by created_at) is that order reversed.
        $ids = Thread::where('conversation_id', $conversationId)->orderBy('id')->pluck('id');
        foreach ($ids as $index => $id) {
            Thread::where('id', $id)->update(['created_at' => date('Y-m-d H:i:s', time() - 60 * (count($ids) - $index))]);
        }
        $conversation = Conversation::find($conversationId);
        $made['conversations'][] = ['id' => $conversation->id, 'number' => $conversation->number];
    }
    return $made;
}

function addThread(array $thread): array
{
    $conversation = Conversation::findOrFail($thread['conversationId']);
    $customer = Customer::create($thread['customerEmail']);
    $made = Thread::createExtended(threadData($thread), $conversation, $customer);
    if (!$made) {
        fail("FreeScout refused a {$thread['type']} thread in conversation {$conversation->id}");
    }
    return ['id' => $made->id];
}

function threads(int $conversationId): array
{
    $types = array_flip(TYPES);
    return Thread::where('conversation_id', $conversationId)
        ->where('state', Thread::STATE_PUBLISHED)
        ->whereIn('type', array_values(TYPES))
        ->orderBy('created_at')->orderBy('id')->get()
        ->map(fn ($thread) => ['id' => $thread->id, 'type' => $types[$thread->type], 'body' => $thread->body])
        ->all();
}

switch ($argv[1] ?? '') {
    case 'seed':
        echo json_encode(seed(input())), "\n";
        break;
    case 'add-thread':
        echo json_encode(addThread(input())), "\n";
        break;
    case 'threads':
        echo json_encode(threads((int) ($argv[2] ?? 0))), "\n";
        break;
    default:
        fail('usage: php models.php seed|add-thread|threads ID');
}
