import assert from 'node:assert/strict';
import { closest, distance, normalizeKey } from '../../../server/src/engine/schema/suggest';

describe('schema key suggestions', () => {
  const dataKeys = ['territorialInterest', 'interoperability', 'reversibility', 'rawData', 'description', 'notes'];

  it('counts a missing, extra, changed or swapped letter as one typo', () => {
    assert.equal(distance('reversibilty', 'reversibility'), 1);
    assert.equal(distance('formats', 'fromats'), 1);
    assert.equal(distance('kpi', 'kpis'), 1);
    assert.equal(distance('stage', 'stage'), 0);
  });

  it('ignores case, accents and separators', () => {
    assert.equal(normalizeKey('Service_Quality'), normalizeKey('serviceQuality'));
    assert.equal(normalizeKey("cas d'usage"), 'casdusage');
    assert.equal(closest('follow-up', ['owner', 'followUp']), 'followUp');
    assert.equal(closest('Réversibilité', dataKeys), 'reversibility');
  });

  it('finds the typo it was meant to be', () => {
    assert.equal(closest('reversibilty', dataKeys), 'reversibility');
    assert.equal(closest('rawdata', dataKeys), 'rawData');
    assert.equal(closest('interoperabilty', dataKeys), 'interoperability');
  });

  it('offers the contract name for a key written in French, only where that name is allowed', () => {
    assert.equal(closest('suivi', ['communication', 'consultation', 'selfData', 'followUp']), 'followUp');
    assert.equal(closest('empreinte_carbone', ['costs', 'carbonFootprint']), 'carbonFootprint');
    assert.equal(closest('suivi', dataKeys), undefined);
  });

  it('stays silent when nothing is close', () => {
    assert.equal(closest('budget', dataKeys), undefined);
    assert.equal(closest('later', ['upstream', 'during', 'after']), undefined);
    assert.equal(closest('', dataKeys), undefined);
  });
});
