// The npm packages summernote.test.ts loads (they ship no types): jQuery 3, and Summernote's
// browser bundle, which adds its plugin to the jQuery on `window`.
declare module 'jquery' {
  const jQuery: ((element: Element) => unknown) & { summernote?: unknown };
  export default jQuery;
}
declare module 'summernote/dist/summernote.js';
