/** Whether a typed quantity is a whole number below the line's MOQ, in the product's own unit. */
export function belowMoq(line: { moq: number; unit: string }, quantity: string, unit: string): boolean {
  if (unit !== line.unit || !/^\d{1,12}$/.test(quantity.trim())) return false;
  const n = Number(quantity);
  return n >= 1 && n < line.moq;
}
