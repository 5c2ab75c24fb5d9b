/** Storage that fails the way real profiles do, for the drafts tests. Never imported by the extension. */

/** An IndexedDB whose `open` always fails with `errorName`, as a damaged profile's does. */
export function refusingOpens(errorName: string): IDBFactory {
  return new Proxy(indexedDB, {
    get(target, property) {
      if (property !== 'open') return Reflect.get(target, property, target);
      return () => {
        const request = { error: new DOMException('cannot open', errorName) } as unknown as IDBOpenDBRequest;
        const event = new Event('error');
        Object.defineProperty(event, 'target', { value: request });
        setTimeout(() => request.onerror?.(event));
        return request;
      };
    },
  });
}
