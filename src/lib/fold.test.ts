import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('fold', () => {
  it.each([
    ['Atazhurt', 'Atajurt'],
    ['Akhmediyarov', 'Akhmedyarov'],
    ['Tokaev', 'Tokayev'],
    ['Алматы', 'Almaty'],
    ['Атажұрт', 'Atajurt'],
    ['Тоқаев', 'Tokayev'],
    ['Қарағанды', 'Karagandy'],
  ])('folds %s and %s to the same text', (a, b) => {
    expect(fold(a)).toBe(fold(b));
  });

  it('drops case, accents and punctuation', () => {
    expect(fold('  Café—“Jeltoqsan”! ')).toBe('cafe jeltoqsan');
  });

  it('keeps different names apart', () => {
    expect(fold('Almaty')).not.toBe(fold('Astana'));
  });
});
