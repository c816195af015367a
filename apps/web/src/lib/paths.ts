/** Every route of the staff app in one place, so features can link to each other without importing each other. */
export const paths = {
  home: '/',
  login: '/dang-nhap',
  organisations: '/to-chuc',
  organisation: (id: string, asOf?: string) => `/to-chuc/${id}${asOf ? `?ngay=${asOf}` : ''}`,
  people: '/ca-nhan',
  personNew: '/ca-nhan/moi',
  person: (id: string) => `/ca-nhan/${id}`,
  personEdit: (id: string) => `/ca-nhan/${id}/sua`,
  users: '/nguoi-dung',
  audit: '/nhat-ky',
  calendar: '/lich-lam-viec',
  account: '/tai-khoan',
} as const;
