import type { ThemeConfig } from 'antd';

export const HEADER_BG = '#8f1d1d';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fb4',
    borderRadius: 6,
    fontFamily:
      "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
  },
  components: {
    Layout: { headerBg: HEADER_BG, headerPadding: '0 16px', headerHeight: 56, siderBg: '#ffffff', bodyBg: '#f4f5f7' },
  },
};
