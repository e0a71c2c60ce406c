import { toWinAnsi } from './assessment-report';

describe('toWinAnsi', () => {
  it('keeps French letters and WinAnsi punctuation, spells out symbols, replaces the rest', () => {
    expect(toWinAnsi('Pré-évaluation — l’expérience ≥ 1 560 h → oui • 100 €')).toBe(
      'Pré-évaluation — l’expérience >= 1 560 h -> oui • 100 €',
    );
    expect(toWinAnsi('Œuvre 漢字')).toBe('Œuvre ??');
  });
});
