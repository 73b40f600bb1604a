import type { ScanResult } from '../../model/schema/scan-result.js';
import { drawableEdges, edgeAttributes, nodeAttributes } from './graph-attributes.js';

const NODE_KEYS = ['label', 'kind', 'format', 'file', 'repository', 'symbol', 'owners', 'line'] as const;
const EDGE_KEYS = ['kind', 'line', 'package'] as const;

/** XML 1.0 has no place for control characters other than tab, newline and return, even escaped. */
const xmlChar = (character: string): boolean => {
  const code = character.charCodeAt(0);
  return (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) && code !== 0xfffe && code !== 0xffff;
};

const escapeXml = (text: string): string =>
  [...text]
    .filter(xmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const typeOf = (key: string): string => (key === 'line' ? 'int' : 'string');

/**
 * The graph as GraphML (yEd, Cytoscape, Neo4j's APOC import): declared keys for
 * every node and edge attribute, one directed graph. graphology-graphml 0.5.2
 * publishes a parser and no writer, so this writes the document itself; the
 * tests read it back with that parser. Deterministic: result order, no dates.
 */
export function formatGraphGraphml(result: ScanResult): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((key) => `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="${typeOf(key)}"/>`),
    ...EDGE_KEYS.map((key) => `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="${typeOf(key)}"/>`),
    `  <graph id="${escapeXml(result.root)}" edgedefault="directed">`,
  ];
  for (const node of result.nodes) {
    const attributes = nodeAttributes(node);
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    for (const key of NODE_KEYS) lines.push(`      <data key="n_${key}">${escapeXml(String(attributes[key]))}</data>`);
    lines.push('    </node>');
  }
  drawableEdges(result).forEach((edge, index) => {
    const attributes = edgeAttributes(edge);
    lines.push(`    <edge id="e${index}" source="${escapeXml(edge.from)}" target="${escapeXml(edge.to)}">`);
    for (const key of EDGE_KEYS) lines.push(`      <data key="e_${key}">${escapeXml(String(attributes[key]))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
