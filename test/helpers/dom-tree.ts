/** A parsed tree as plain data, for tests that compare two parsers' trees node by node. */
export interface TreeNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  data?: string;
  startIndex: number | null;
  endIndex: number | null;
  children?: TreeNode[];
}

/** Every node with its type, name, attributes, text and source position, so a shifted token shows. */
export function dumpTree(n: TreeNode): unknown {
  return [n.type, n.name, n.attribs, n.data, n.startIndex, n.endIndex, (n.children ?? []).map(dumpTree)];
}
