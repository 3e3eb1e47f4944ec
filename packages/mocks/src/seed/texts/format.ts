/** Vietnamese number format: dots group thousands, a comma marks decimals ("1.234.567,5"). */
export function formatNumberVi(value: number, decimals = 0): string {
  const [whole = "0", fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** "2.000.000.000 đồng". */
export function formatVnd(amount: number): string {
  return `${formatNumberVi(amount)} đồng`;
}

/** Upper-cases the first letter ("ông" → "Ông"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
