// Labels of this feature (Vietnamese; the English catalogue of these screens is not written yet).
export const STATUS_LABEL: Record<string, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  received: 'Đã tiếp nhận',
  returned: 'Trả lại để bổ sung',
  resubmitted: 'Đã bổ sung, gửi lại',
  appraised: 'Đã thẩm định',
  posted: 'Đang công khai',
  council_review: 'Đang xét tại Hội đồng',
  approved: 'Hội đồng tán thành',
  rejected: 'Không được đề nghị',
  decided: 'Đã có quyết định',
  forwarded: 'Đã trình cấp trên',
  withdrawn: 'Đơn vị đã rút',
};

export const ACTION_LABEL: Record<string, string> = {
  submit: 'Gửi hồ sơ',
  receive: 'Tiếp nhận',
  return: 'Trả lại để bổ sung',
  resubmit: 'Gửi lại sau bổ sung',
  appraise: 'Thẩm định',
  post: 'Công khai lấy ý kiến',
  send_to_council: 'Đưa ra Hội đồng',
  reject: 'Không đề nghị khen thưởng',
  forward: 'Trình cấp trên',
  withdraw: 'Rút hồ sơ',
  issue_decision: 'Ban hành quyết định',
  vote: 'Bỏ phiếu',
  reminder: 'Nhắc việc',
  escalation: 'Quá hạn',
};

export const NEEDS_REASON = new Set(['return', 'reject', 'withdraw']);

export const DOC_KIND_LABEL: Record<string, string> = {
  to_trinh: 'Tờ trình',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  bien_ban_binh_xet: 'Biên bản bình xét',
  bien_ban_xet_khen_thuong: 'Biên bản xét khen thưởng',
  ket_qua_bo_phieu: 'Kết quả bỏ phiếu',
  chung_nhan_sang_kien: 'Chứng nhận sáng kiến, đề tài',
  danh_sach_de_nghi: 'Danh sách đề nghị',
  ban_khai_thanh_tich_khang_chien: 'Bản khai thành tích kháng chiến',
  khac: 'Tài liệu khác',
};

export const VERDICT_LABEL: Record<string, { text: string; color: string }> = {
  eligible: { text: 'Đủ điều kiện', color: 'green' },
  ineligible: { text: 'Chưa đủ điều kiện', color: 'red' },
  review: { text: 'Cần xem xét', color: 'gold' },
};

export const STEP_LABEL: Record<string, string> = {
  board_appraisal: 'Ban TĐKT thẩm định',
  unit_supplement: 'Đơn vị bổ sung hồ sơ',
  council: 'Hội đồng xét',
  decision: 'Ký quyết định',
  state_review: 'Trình cấp trên',
};

/** Award types (loại khen thưởng: theo công trạng, đột xuất, …) as the catalogue names them in `allowedTypes`. */
export const AWARD_TYPE_LABEL: Record<string, string> = {
  cong_trang: 'Theo công trạng và thành tích đạt được',
  dot_xuat: 'Đột xuất',
  chuyen_de: 'Theo chuyên đề (đợt)',
  cong_hien: 'Quá trình cống hiến',
  nien_han: 'Theo niên hạn',
  doi_ngoai: 'Đối ngoại',
  khang_chien: 'Thành tích kháng chiến',
};

/** Grounds of revocation, points a–d of Art. 92(2) of the Law on Emulation and Commendation 2022. */
export const REVOCATION_GROUND_LABEL: Record<'a' | 'b' | 'c' | 'd', string> = {
  a: 'Gian dối trong kê khai thành tích',
  b: 'Cung cấp thông tin sai sự thật hoặc giả mạo giấy tờ',
  c: 'Thẩm định, xét duyệt, đề nghị khen thưởng trái pháp luật',
  d: 'Có kết luận, bản án của cơ quan có thẩm quyền xác định có vi phạm trong thời gian đạt thành tích',
};
