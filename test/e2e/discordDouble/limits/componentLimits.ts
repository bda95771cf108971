import { chars, isObject } from './json.js';
import { lengthProblem, problem, type Path, type Problem } from './problems.js';

/** Discord's limits for classic components (Components > Action Row, Button). */
export const MAX_ACTION_ROWS = 5;
export const MAX_ROW_COMPONENTS = 5;
export const MAX_CUSTOM_ID = 100;
export const MAX_BUTTON_LABEL = 80;
/** Message flag for Components V2 layouts, whose rules differ; the double does not judge those. */
const IS_COMPONENTS_V2 = 1 << 15;

const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;

function checkComponent(component: unknown, at: Path): Problem[] {
  if (!isObject(component)) return [problem(at, 'component', 'MODEL_TYPE_CONVERT', 'Must be an object.')];
  const problems: Problem[] = [];
  const style = component['style'];
  if (style !== LINK_STYLE && style !== PREMIUM_STYLE) {
    const found = lengthProblem([...at, 'custom_id'], 'component.custom_id', component['custom_id'], 1, MAX_CUSTOM_ID);
    if (found) problems.push(found);
  }
  const label = component['label'];
  if (chars(label) > MAX_BUTTON_LABEL) {
    problems.push(problem([...at, 'label'], 'component.label.length', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_BUTTON_LABEL} or fewer in length.`));
  }
  return problems;
}

/** Action rows of buttons and selects: at most 5 rows of at most 5, each with a custom id of 1-100 characters. */
export function checkComponents(body: unknown, at: Path = []): Problem[] {
  if (!isObject(body) || !Array.isArray(body['components'])) return [];
  if (typeof body['flags'] === 'number' && (body['flags'] & IS_COMPONENTS_V2) !== 0) return [];
  const rows = body['components'] as unknown[];
  const problems: Problem[] = [];
  if (rows.length > MAX_ACTION_ROWS) problems.push(problem([...at, 'components'], 'components.rows', 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_ACTION_ROWS} or fewer in length.`));
  rows.forEach((row, index) => {
    const rowPath = [...at, 'components', index];
    const children = isObject(row) && Array.isArray(row['components']) ? (row['components'] as unknown[]) : [];
    if (children.length < 1 || children.length > MAX_ROW_COMPONENTS) {
      problems.push(problem([...rowPath, 'components'], 'components.row.size', 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${MAX_ROW_COMPONENTS} in length.`));
    }
    children.forEach((child, position) => problems.push(...checkComponent(child, [...rowPath, 'components', position])));
  });
  return problems;
}
