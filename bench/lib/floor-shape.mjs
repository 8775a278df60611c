// The floor's answers in the shape the SPA asked for: a plain result object projected onto the
// operation's selection set (aliases, fragments, @include/@skip), with `__typename` and scalar
// serialisation taken from the committed schema.graphql, so a floor handler returns its values and
// this walk gives exactly the fields (no more) in the form GraphQL would. The document of each query
// text is parsed once.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isLeafType, Kind, parse } from 'graphql';

const schema = buildSchema(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'schema.graphql'), 'utf8'));
const documents = new Map();

function documentFor(query) {
  let parsed = documents.get(query);
  if (!parsed) {
    const document = parse(query);
    parsed = {
      operation: document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION),
      fragments: new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d])),
    };
    documents.set(query, parsed);
  }
  return parsed;
}

function included(node, variables) {
  for (const directive of node.directives ?? []) {
    const argument = directive.arguments?.find((a) => a.name.value === 'if');
    if (!argument) continue;
    const value = argument.value.kind === Kind.VARIABLE ? Boolean(variables[argument.value.name.value]) : argument.value.value;
    if (directive.name.value === 'include' && !value) return false;
    if (directive.name.value === 'skip' && value) return false;
  }
  return true;
}

function leaf(type, value) {
  if (value === null || value === undefined) return null;
  switch (type.name) {
    case 'Int':
    case 'Float':
      return Number(value);
    case 'ID':
    case 'String':
      return String(value);
    case 'DateTimeISO':
      return new Date(value).toISOString();
    default:
      return value;
  }
}

function projectObject(value, type, selectionSet, context) {
  const out = {};
  const visit = (selections) => {
    for (const selection of selections) {
      if (!included(selection, context.variables)) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) visit(context.fragments.get(selection.name.value).selectionSet.selections);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else {
        const name = selection.name.value;
        const key = selection.alias?.value ?? name;
        if (name === '__typename') out[key] = type.name;
        else out[key] = projectValue(value[name], getNamedType(type.getFields()[name].type), selection.selectionSet, context);
      }
    }
  };
  visit(selectionSet.selections);
  return out;
}

function projectValue(value, type, selectionSet, context) {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => projectValue(item, type, selectionSet, context));
  if (isLeafType(type) || !selectionSet) return leaf(type, value);
  return projectObject(value, type, selectionSet, context);
}

/** `data` (the root fields' values) in the shape of the query text's operation. */
export function shape(query, variables, data) {
  const { operation, fragments } = documentFor(query);
  return projectObject(data, schema.getQueryType(), operation.selectionSet, { fragments, variables: variables ?? {} });
}
