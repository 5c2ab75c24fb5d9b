import { describe, expect, it } from 'vitest';
import { recentReadings } from './recent-readings';

describe('recentReadings', () => {
  it('reads an unchanged customer message once, however often the agent types', () => {
    let reads = 0;
    const read = recentReadings((text: string) => ({ length: text.length, read: ++reads }));
    expect(read('the export fails')).toEqual({ length: 16, read: 1 });
    expect(read('the export fails')).toEqual({ length: 16, read: 1 });
    expect(reads).toBe(1);
  });

  it('reads again when the team settings change what is read', () => {
    let reads = 0;
    const read = recentReadings(() => ++reads);
    read('same text', { jargon: ['SLA'] });
    read('same text', { jargon: ['SLA', 'TTL'] });
    read('same text', { jargon: ['SLA'] });
    expect(reads).toBe(2);
  });

  it('keeps the last four texts and forgets the oldest', () => {
    let reads = 0;
    const read = recentReadings(() => ++reads);
    for (const text of ['a', 'b', 'c', 'd', 'e']) read(text);
    read('e');
    read('b');
    expect(reads).toBe(5);
    read('a');
    expect(reads).toBe(6);
  });
});
