/** DOM ids that tie the search combobox to its listbox and the active option. */
export const searchListId = 'catalog-search-results';
export const optionId = (index: number) => `${searchListId}-option-${index}`;
