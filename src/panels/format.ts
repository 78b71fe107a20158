import { localeOf } from '../i18n/messages';

const oneDecimal = (value: number) => value.toLocaleString(localeOf(), { maximumFractionDigits: 1, minimumFractionDigits: 1 });
export const formatKm2 = (value: number) => `${oneDecimal(value)} km²`;
export const formatKm = (value: number) => `${oneDecimal(value)} km`;
export const formatShare = (value: number) => `${oneDecimal(value * 100)}%`;
