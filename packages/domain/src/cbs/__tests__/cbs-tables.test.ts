import { CBS_TABLES, MEASURES, matchTopic, splitTopicHeader } from '../cbs-tables';
import { parseCbsCell } from '../cbs-common';

describe('CBS_TABLES', () => {
  it('describes the Veilig Thuis tables', () => {
    expect(Object.keys(CBS_TABLES).sort()).toEqual(['84848NED', '84849NED', '84851NED', '84852NED', '85361NED']);
    expect(CBS_TABLES['84849NED'].categoryDimension).toBe('Kenmerken adviezen/meldingen');
    expect(CBS_TABLES['84848NED'].categoryDimension).toBe('Kenmerken adviezen/meldingen');
    expect(CBS_TABLES['84851NED'].categoryDimension).toBe('Kenmerken adviezen, meldingen, diensten');
    expect(CBS_TABLES['85361NED'].categoryDimension).toBeNull();
    expect(CBS_TABLES['84852NED'].categoryDimensions).toEqual(['Veiligheidstaxatie', 'Veiligheidsbeoordeling']);
    for (const [id, spec] of Object.entries(CBS_TABLES)) expect(spec.tableId).toBe(id);
  });

  it('has a MEASURES entry for every measure key, and 20 distinct keys for 85361NED', () => {
    for (const spec of Object.values(CBS_TABLES)) {
      for (const measure of Object.values(spec.topics)) expect(MEASURES[measure]).toBeDefined();
    }
    const keys = Object.values(CBS_TABLES['85361NED'].topics);
    expect(new Set(keys).size).toBe(20);
    // the measure keys of the extracts CSV
    for (const key of [
      'vervolgmelding_totaal',
      'vervolgmelding_tijdens_veiligheidsbeoordeling',
      'vervolgmelding_na_veiligheidsbeoordeling',
      'vervolgmelding_tijdens_monitoring',
      'pct_vervolgmelding_totaal',
      'pct_vervolgmelding_tijdens_veiligheidsbeoordeling',
      'pct_vervolgmelding_na_veiligheidsbeoordeling',
      'pct_vervolgmelding_tijdens_monitoring',
    ]) {
      expect(keys).toContain(key);
      expect(MEASURES[key].unit).toBe(key.startsWith('pct_') ? '%' : 'aantal');
    }
  });
});

describe('splitTopicHeader / matchTopic', () => {
  it('splits off only the last "(unit)"', () => {
    expect(splitTopicHeader('Ontvangen meldingen (relatief)/Hermelding/Totaal (%)')).toEqual({
      path: 'Ontvangen meldingen (relatief)/Hermelding/Totaal',
      unit: '%',
    });
    expect(splitTopicHeader('Gestarte adviezen')).toEqual({ path: 'Gestarte adviezen', unit: undefined });
  });

  it('maps count and percentage topics with the same sub-title to different keys', () => {
    const spec = CBS_TABLES['85361NED'];
    expect(matchTopic(spec, 'Ontvangen meldingen/Hermelding/Totaal', 'aantal').measure).toBe('hermelding_totaal');
    expect(matchTopic(spec, 'Ontvangen meldingen (relatief)/Hermelding/Totaal', '%').measure).toBe('pct_hermelding_totaal');
    // the unit alone disambiguates a path without its group
    expect(matchTopic(spec, 'Hermelding/Totaal', '%').measure).toBe('pct_hermelding_totaal');
    expect(matchTopic(spec, 'Totaal', 'aantal')).toEqual({
      reason: 'ambiguous',
      candidates: ['Ontvangen meldingen/Hermelding/Totaal', 'Ontvangen meldingen/Vervolgmelding tijdens betrokkenheid VT/Totaal'],
    });
  });

  it('accepts a topic with or without its group path', () => {
    expect(matchTopic(CBS_TABLES['84851NED'], 'Gestarte adviezen', 'aantal').measure).toBe('gestarte_adviezen');
    expect(matchTopic(CBS_TABLES['84849NED'], 'Adviezen/Gestarte adviezen').measure).toBe('gestarte_adviezen');
    expect(matchTopic(CBS_TABLES['84849NED'], 'Gestarte adviezen', '%')).toEqual({ reason: 'unit', expectedUnit: 'aantal' });
    expect(matchTopic(CBS_TABLES['84849NED'], 'Afgeronde diensten onderzoek')).toEqual({ reason: 'unknown' });
  });
});

describe('parseCbsCell', () => {
  it('reads CBS cells', () => {
    expect(parseCbsCell('  143210')).toEqual({ status: 'VALUE', value: 143210 });
    expect(parseCbsCell('    28.5')).toEqual({ status: 'VALUE', value: 28.5 });
    expect(parseCbsCell('28,5')).toEqual({ status: 'VALUE', value: 28.5 });
    expect(parseCbsCell('       .')).toEqual({ status: 'SECRET', value: null });
    expect(parseCbsCell('')).toEqual({ status: 'EMPTY', value: null });
    expect(parseCbsCell('12a')).toBeUndefined();
    expect(parseCbsCell('1.2.3')).toBeUndefined();
    expect(parseCbsCell('143.210,0')).toBeUndefined();
  });
});
