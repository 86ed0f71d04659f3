// Lists of objects of one elements kind, empty or not.

/**
 * The list, made to have V8's elements kind of a list of objects also when it is empty (a fresh `[]`, or the `map` or
 * spread of an empty list, has the kind "small integers" until an object is stored). A hot function that walks the
 * article's lists (`for (const s of article.segments)`, `segments.length`) is otherwise compiled for one kind and
 * thrown away ("wrong map") the first time an article with an empty list comes by, then compiled again for both.
 * The list is returned itself, changed in place only in its hidden kind; never pass a frozen list.
 */
export function objectList<T>(list: T[] = []): T[] {
  if (list.length === 0) {
    // Storing a non-number moves the kind to "elements", and elements kinds never go back when the list is emptied.
    (list as unknown[]).push(undefined);
    list.pop();
  }
  return list;
}
