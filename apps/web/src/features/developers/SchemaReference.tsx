import { useMemo } from 'react';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLNamedType } from 'graphql';
// the committed schema (pnpm schema), bundled at build time: the page never needs introspection
import schemaSdl from '../../../../../schema.graphql?raw';
import { nlDevelopers as t } from './texts';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';

function FieldDoc({ field, prefix }: { field: GraphQLField<unknown, unknown>; prefix: string }) {
  return (
    <div className="monitor-developers__field" id={`${prefix}-${field.name}`}>
      <Heading level={4}>
        <code>
          {field.name}
          {field.args.length > 0 && `(${field.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')})`}: {String(field.type)}
        </code>
      </Heading>
      {field.description && <Paragraph>{field.description}</Paragraph>}
      {field.deprecationReason && <Paragraph>{t.deprecated(field.deprecationReason)}</Paragraph>}
      {field.args.some((a) => a.description) && (
        <ul>
          {field.args.map((a) => (
            <li key={a.name}>
              <code>{a.name}</code>: {a.description}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface FieldInfo {
  name: string;
  type: unknown;
  description?: string | null;
  deprecationReason?: string | null;
}

function fieldsOf(type: GraphQLNamedType): FieldInfo[] {
  if (isObjectType(type) || isInterfaceType(type)) return Object.values(type.getFields());
  if (isInputObjectType(type)) return Object.values(type.getFields());
  return [];
}

function TypeDoc({ type }: { type: GraphQLNamedType }) {
  const fields = fieldsOf(type);
  return (
    <details className="monitor-developers__type">
      <summary>
        <code>{type.name}</code> — {type.description}
      </summary>
      <ul>
        {fields.map((f) => (
          <li key={f.name}>
            <code>
              {f.name}: {String(f.type)}
            </code>{' '}
            {f.description}
            {f.deprecationReason ? ` (${t.deprecated(f.deprecationReason)})` : ''}
          </li>
        ))}
        {isEnumType(type) &&
          type.getValues().map((v) => (
            <li key={v.name}>
              <code>{v.name}</code> {v.description}
            </li>
          ))}
      </ul>
    </details>
  );
}

/** Every query, mutation and type of the API with the descriptions from the schema. */
export function SchemaReference() {
  const schema = useMemo(() => buildSchema(schemaSdl), []);
  const roots = [
    { title: t.queries, type: schema.getQueryType(), prefix: 'query' },
    { title: t.mutations, type: schema.getMutationType(), prefix: 'mutation' },
  ];
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !['Query', 'Mutation'].includes(type.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="naslag">
      <Heading level={2} id="naslag">
        {t.reference}
      </Heading>
      <Paragraph>{t.referenceIntro}</Paragraph>
      {roots.map(({ title, type, prefix }) => (
        <section key={prefix} aria-labelledby={`naslag-${prefix}`}>
          <Heading level={3} id={`naslag-${prefix}`}>
            {title}
          </Heading>
          {Object.values(type?.getFields() ?? {}).map((field) => (
            <FieldDoc key={field.name} field={field} prefix={prefix} />
          ))}
        </section>
      ))}
      <section aria-labelledby="naslag-types">
        <Heading level={3} id="naslag-types">
          {t.types}
        </Heading>
        {types.map((type) => (
          <TypeDoc key={type.name} type={type} />
        ))}
      </section>
    </section>
  );
}
