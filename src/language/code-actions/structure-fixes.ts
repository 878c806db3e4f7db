import { getNodePath } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import type { PolicyDocument, PolicyType } from '../../engine';
import { nodeAt } from '../json-document';
import type { CodeAction, Diagnostic, FormattingOptions } from '../language-types';
import { changeJson } from '../text-edits';

function versionFixes(
  diagnostic: Diagnostic,
  document: PolicyDocument,
  policyType: PolicyType,
  formatting: FormattingOptions,
): CodeAction[] {
  const versions = policyType === 'scp' ? ['5.0'] : ['5.0', '1.1'];
  const written = nodeAt(document, ['Version']);
  return versions
    .filter((version) => written?.value !== version)
    .map((version, index) => ({
      title: `Set \`Version\` to \`${version}\``,
      edits: [
        written
          ? { offset: written.offset, length: written.length, newText: JSON.stringify(version) }
          : changeJson(
              document.text,
              [{ path: ['Version'], value: version, atIndex: 0 }],
              formatting,
            ),
      ],
      diagnostic,
      isPreferred: index === 0,
    }));
}

/** The `property` node a key string belongs to. */
function propertyOfKey(node: Node): Node | undefined {
  return node.parent?.type === 'property' && node.parent.children?.[0] === node
    ? node.parent
    : undefined;
}

/**
 * Fixes for findings about the document's shape: set a valid `Version`, wrap a bare string (or a
 * single statement object) in an array, remove the `Condition` of an SCP `Allow` statement or a
 * `Principal`, which only resource policies have.
 */
export function structureFixes(
  diagnostic: Diagnostic,
  node: Node | undefined,
  document: PolicyDocument,
  policyType: PolicyType,
  formatting: FormattingOptions,
): CodeAction[] {
  switch (diagnostic.code) {
    case 'MISSING_VERSION':
    case 'INVALID_VERSION':
      return versionFixes(diagnostic, document, policyType, formatting);
    case 'STRING_NOT_ARRAY':
    case 'STATEMENT_NOT_ARRAY': {
      if (!node || (node.type !== 'string' && node.type !== 'object')) return [];
      const written = document.text.slice(node.offset, node.offset + node.length);
      return [
        {
          title:
            node.type === 'string'
              ? 'Wrap the value in an array'
              : 'Wrap the statement in an array',
          edits: [{ offset: node.offset, length: node.length, newText: `[${written}]` }],
          diagnostic,
          isPreferred: true,
        },
      ];
    }
    case 'SCP_ALLOW_WITH_CONDITION':
    case 'UNSUPPORTED_PRINCIPAL': {
      const property = node && propertyOfKey(node);
      if (!node || !property) return [];
      return [
        {
          title:
            diagnostic.code === 'UNSUPPORTED_PRINCIPAL'
              ? `Remove \`${String(node.value)}\` (${policyType === 'scp' ? 'SCPs' : 'identity policies'} do not support it)`
              : 'Remove the `Condition` (SCP `Allow` statements cannot have one)',
          edits: [
            changeJson(document.text, [{ path: getNodePath(node), value: undefined }], formatting),
          ],
          diagnostic,
          isPreferred: true,
        },
      ];
    }
    default:
      return [];
  }
}
