export const formatKm2 = (value: number) => `${value.toLocaleString('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km²`;
export const formatKm = (value: number) => `${value.toLocaleString('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} km`;
export const formatShare = (value: number) => `${(value * 100).toLocaleString('zh-CN', { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
