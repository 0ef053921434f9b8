// The registries' pure helpers (portal/src/pages/registries/helpers.js): the paper's number and
// QR address, the conversions of what people type, and how a record's state reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import {
  blockOfDate, bytesText, credentialValid, depositState, entryNumberOfKey, isAccount, jurisdictionText,
  parseAccounts, parseCells, parseHash, parseHectares, parseId, parseMunicipality, parsePercent, parseQuantity,
  parseScaled, parseSquareMetres, parseVerifyTarget, sameAccount, targetFromScan, targetNumber, verifyPath, verifyUrl,
} from '../src/pages/registries/helpers.js';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

describe('the paper\'s number', () => {
  it('reads a certificate of deposit as warehouse and folio', () => {
    const target = parseVerifyTarget('deposito', `${ALICE}-17`);
    assert.deepEqual(target, { kind: 'deposito', warehouse: ALICE, folio: 17n });
    assert.equal(targetNumber(target), `${ALICE}-17`);
    assert.equal(verifyPath(target), `/verificar/deposito/${ALICE}-17`);
    // URL-encoded in the address, as a QR code may carry it.
    assert.deepEqual(parseVerifyTarget('deposito', encodeURIComponent(`${ALICE}-17`)), target);
  });

  it('refuses a certificate of deposit without a valid warehouse or folio', () => {
    assert.equal(parseVerifyTarget('deposito', '17'), null);
    assert.equal(parseVerifyTarget('deposito', `${ALICE}-`), null);
    assert.equal(parseVerifyTarget('deposito', `${ALICE}-1x`), null);
    assert.equal(parseVerifyTarget('deposito', `5NotAnAccount-3`), null);
    assert.equal(parseVerifyTarget('deposito', `${ALICE}-18446744073709551616`), null, 'above u64');
  });

  it('reads the other kinds by number, within their id type', () => {
    assert.deepEqual(parseVerifyTarget('folio', '0'), { kind: 'folio', id: 0n });
    assert.deepEqual(parseVerifyTarget('libertad', '1,234'), { kind: 'libertad', id: 1234n });
    assert.deepEqual(parseVerifyTarget('apoyo', '4294967295'), { kind: 'apoyo', id: 4294967295n });
    assert.equal(parseVerifyTarget('apoyo', '4294967296'), null, 'grant ids are u32');
    assert.equal(parseVerifyTarget('solicitud', '-1'), null);
    assert.equal(parseVerifyTarget('otro', '1'), null);
    assert.equal(parseVerifyTarget('folio', '%E0%A4%A'), null, 'malformed escapes');
  });

  it('builds the QR code\'s address from the page and finds the route in a scanned one', () => {
    const target = { kind: 'folio', id: 12n };
    const url = verifyUrl('https://portal.example.mx/index.html#/registros', target);
    assert.equal(url, 'https://portal.example.mx/index.html#/verificar/folio/12');
    assert.deepEqual(targetFromScan(url), target);
    assert.deepEqual(targetFromScan(`http://otro.mx/#/verificar/deposito/${ALICE}-3`), { kind: 'deposito', warehouse: ALICE, folio: 3n });
    assert.deepEqual(targetFromScan('/verificar/apoyo/7'), { kind: 'apoyo', id: 7n });
    assert.equal(targetFromScan('https://example.com/'), null);
    assert.equal(targetFromScan('WIFI:S:casa;;'), null);
  });
});

describe('what people type', () => {
  it('accounts', () => {
    assert.equal(isAccount(ALICE), true);
    assert.equal(isAccount(` ${ALICE} `), true);
    assert.equal(isAccount('5Grwva'), false);
    assert.equal(isAccount(''), false);
    assert.deepEqual(parseAccounts(`${ALICE}\n${ALICE}, `), [ALICE, ALICE]);
    assert.equal(parseAccounts(`${ALICE}\nnadie`), null);
    assert.equal(parseAccounts('  '), null);
    assert.equal(sameAccount(ALICE, ALICE), true);
    assert.equal(sameAccount(ALICE, encodeAddress(decodeAddress(ALICE), 5252)), true, 'whatever the SS58 prefix');
    assert.equal(sameAccount(ALICE, BOB), false);
  });

  it('ids and quantities', () => {
    assert.equal(parseId(' 1,000 '), 1000n);
    assert.equal(parseId('1.5'), null);
    assert.equal(parseId('12', 10n), null);
    assert.equal(parseQuantity('500'), 500n);
    assert.equal(parseQuantity('0'), null);
    assert.equal(parseQuantity('2.5'), null);
  });

  it('hectares, square metres, percentages, municipalities', () => {
    assert.equal(parseScaled('1.5', 2), 150n);
    assert.equal(parseScaled('1.555', 2), null);
    assert.equal(parseHectares('12.5'), 1250);
    assert.equal(parseHectares('0.01'), 1);
    assert.equal(parseHectares('0'), null);
    assert.equal(parseHectares('1.234'), null);
    assert.equal(parseSquareMetres('250'), 2_500_000n);
    assert.equal(parseSquareMetres('250.5'), 2_505_000n);
    assert.equal(parseSquareMetres('1,000.0001'), 10_000_001n);
    assert.equal(parsePercent('70'), 70);
    assert.equal(parsePercent('70 %'), 70);
    assert.equal(parsePercent('101'), null);
    assert.equal(parsePercent('7.5'), null);
    assert.equal(parseMunicipality('039'), 39);
    assert.equal(parseMunicipality('0'), null);
    assert.equal(parseMunicipality('1000'), null);
  });

  it('H3 cells, decimal as land-cells prints them or hexadecimal, distinct and sorted', () => {
    assert.deepEqual(parseCells('622236750694711295, 622236750694711295\n622236750694645759'),
      ['622236750694645759', '622236750694711295']);
    assert.deepEqual(parseCells('["8a2a1072b59ffff"]'), [BigInt('0x8a2a1072b59ffff').toString()]);
    assert.deepEqual(parseCells('0x8a2a1072b59ffff'), [BigInt('0x8a2a1072b59ffff').toString()]);
    assert.equal(parseCells('celda'), null);
    assert.equal(parseCells(''), null);
    assert.equal(parseCells('18446744073709551616'), null, 'above u64');
  });

  it('document fingerprints', () => {
    const hash = `0x${'Ab'.repeat(32)}`;
    assert.equal(parseHash(hash), hash.toLowerCase());
    assert.equal(parseHash('0x1234'), null);
    assert.equal(parseHash('ab'.repeat(32)), null);
  });

  it('dates become the block at their start, from the head and the block time', () => {
    const now = new Date(2026, 0, 10, 12, 0, 0).getTime();
    // Midnight of 11 January is 12 h ahead: 7,200 blocks of 6 s.
    assert.equal(blockOfDate('2026-01-11', 1000, 6000, now), 1000 + 7200);
    assert.equal(blockOfDate('2026-01-10', 1000, 6000, now), 1000 - 7200);
    assert.equal(blockOfDate('2026-02-30', 1000, 6000, now), null);
    assert.equal(blockOfDate('11/01/2026', 1000, 6000, now), null);
  });
});

describe('how records read', () => {
  const live = { status: 'Live', expiresAt: 100, pledge: null };
  it('a certificate of deposit\'s state', () => {
    assert.equal(depositState(live, 50), 'valid');
    assert.equal(depositState(live, 100), 'expired');
    assert.equal(depositState({ ...live, pledge: { status: 'Outstanding' } }, 50), 'pledged');
    assert.equal(depositState({ ...live, pledge: { status: 'Repaid' } }, 50), 'valid');
    assert.equal(depositState({ ...live, status: 'InDefault' }, 50), 'defaulted');
    assert.equal(depositState({ ...live, status: 'Delivered' }, 500), 'withdrawn');
    assert.equal(depositState({ ...live, status: 'Sold' }, 500), 'sold');
  });

  it('a credential\'s validity at the chain\'s time', () => {
    assert.equal(credentialValid({ revokedAt: null, expiresAt: null }, 5), true);
    assert.equal(credentialValid({ revokedAt: 3, expiresAt: null }, 5), false);
    assert.equal(credentialValid({ revokedAt: null, expiresAt: 5 }, 5), false);
    assert.equal(credentialValid({ revokedAt: null, expiresAt: 6 }, 5), true);
    assert.equal(credentialValid(null, 5), false);
  });

  it('the entry number at the end of an Entries key (Twox64Concat, u64 little-endian)', () => {
    const key = `0x${'00'.repeat(48)}${'11'.repeat(8)}0201000000000000`;
    assert.equal(entryNumberOfKey(key), 258n);
  });

  it('bytes as text when printable', () => {
    assert.equal(bytesText('0x4d4943482d3136313032'), 'MICH-16102');
    assert.equal(bytesText('0x00ff'), '0x00ff');
  });

  it('a jurisdiction with its INEGI code', () => {
    assert.equal(jurisdictionText({ state: 'Jalisco', municipality: 39 }), 'Jalisco · 14039');
    assert.equal(jurisdictionText({ state: 'Michoacan', municipality: 102 }), 'Michoacán de Ocampo · 16102');
  });
});
