// Small helpers over hast trees, iterative so deeply nested HTML cannot overflow the stack.
import type { Element, Nodes, Parents, Root } from 'hast';

export function isElement(node: Nodes | undefined, tagName?: string): node is Element {
  return node !== undefined && node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

export function hasClass(node: Element, name: string): boolean {
  const cls = node.properties['className'];
  return Array.isArray(cls) ? cls.includes(name) : cls === name;
}

export function prop(node: Element, name: string): string | undefined {
  const v = node.properties[name];
  if (v === undefined || v === null || v === false) return undefined;
  return Array.isArray(v) ? v.join(' ') : String(v);
}

/** Text content of a node: text descendants joined, `<br>` as a space; elements that `skip` accepts left out. */
export function textOf(node: Nodes, skip?: (e: Element) => boolean): string {
  if (node.type === 'text') return node.value;
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element' && n.tagName === 'br') out += ' ';
    else if (n.type === 'element' && n !== node && skip?.(n)) continue;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

/** First descendant element (depth-first, document order) that matches. */
export function findElement(node: Parents, test: (e: Element) => boolean): Element | undefined {
  const stack: Nodes[] = [...node.children].reverse() as Nodes[];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === 'element') {
      if (test(n)) return n;
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
    }
  }
  return undefined;
}

export type { Element, Nodes, Parents, Root };
