import type { MovementView } from '../api/list-movements';
import type { RegistrationView } from '../api/get-movement';

export const KIND_LABEL: Record<MovementView['kind'], string> = {
  regular: 'Thường xuyên',
  campaign: 'Theo đợt',
  thematic: 'Theo chuyên đề',
};

export const REGISTRATION_STATE: Record<RegistrationView['state'], { text: string; color: string }> = {
  submitted: { text: 'Chờ duyệt', color: 'blue' },
  approved: { text: 'Đã duyệt', color: 'green' },
  returned: { text: 'Trả lại', color: 'orange' },
};

export const REVIEW_KIND: Record<'interim' | 'final', string> = { interim: 'Sơ kết', final: 'Tổng kết' };
