import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { keyFigureVariables, keyFiguresOf } from '../municipality.key-figures';

/** The parts of GraphQLResolveInfo keyFigureVariables reads, for the keyFigures field of a document. */
function infoFor(document: string): Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> {
  const definitions = parse(document).definitions;
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const municipality = operation.selectionSet.selections[0];
  if (municipality.kind !== Kind.FIELD) throw new Error('expected a field');
  const keyFigures = municipality.selectionSet!.selections.find((s) => s.kind === Kind.FIELD && s.name.value === 'keyFigures')!;
  if (keyFigures.kind !== Kind.FIELD) throw new Error('expected a field');
  return { fieldNodes: [keyFigures], fragments };
}

describe('keyFigureVariables', () => {
  it('asks only the variables behind the selected fields, through fragments and inline fragments', () => {
    const info = infoFor(`query { municipality(code: "GM0363") { keyFigures { ...F ... on MunicipalityKeyFigures { urbanity } __typename } } }
      fragment F on MunicipalityKeyFigures { shareHouseholdsWithChildren householdYear }`);
    expect(keyFigureVariables(info).sort()).toEqual(['huishoudens', 'pct_huishoudens_met_kinderen', 'stedelijkheid']);
  });

  it('asks the five age-band shares for the age distribution and nothing for __typename alone', () => {
    expect(keyFigureVariables(infoFor('{ municipality(code: "GM0363") { keyFigures { ageDistribution { band } } } }'))).toHaveLength(5);
    expect(keyFigureVariables(infoFor('{ municipality(code: "GM0363") { keyFigures { __typename } } }'))).toEqual([]);
  });
});

describe('keyFiguresOf', () => {
  const row = (variable: string, year: number, value: number) => ({ variable, year, value, source: 'CBS' });

  it('is null only for a municipality without any stored figure', () => {
    expect(keyFiguresOf([])).toBeNull();
    expect(keyFiguresOf([], true)).toMatchObject({ population: null, households: null });
  });

  it('takes the newest year of each variable', () => {
    expect(keyFiguresOf([row('inwoners', 2023, 10), row('inwoners', 2024, 12.4)])).toMatchObject({ population: 12, populationYear: 2024 });
  });
});
