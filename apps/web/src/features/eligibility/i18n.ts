// The eligibility engine's sentences, worded in the web from each condition's code and `params`:
// Vietnamese (the source, NFC, exactly the domain's sentences: packages/domain/src/eligibility/messages.ts,
// tied by apps/web/test/eligibility-i18n.test.ts) and English with the same keys and placeholders. Spread into
// the UI catalogue by i18n/vi.ts and i18n/en.ts; read through components/conditions.ts.
// 'elig.msg.*': unmet conditions (UNMET_CODES) and the fragments they share; 'elig.metMsg.*': conditions met
// (MET_CODES), which the server sends without a sentence; 'elig.ground.*': the grounds people confirm
// (toConfirm), by the wording key the server sends as `params.ground`. A fragment that starts with a space is
// appended to the word before it. 'elig.basis.*': the legal basis of a condition, from its `citation`. Decree
// numbers are written ND-CP in English (and a point đ as dd), as English translations of Vietnamese law do.
export const eligibilityVi = {
  // fragments
  'elig.msg.range.year': 'năm {year}',
  'elig.msg.range.span': 'giai đoạn {from}–{to}',
  'elig.msg.period.closed': 'từ {from} đến {to}',
  'elig.msg.period.openDiscipline': 'từ {from}, chưa có ngày kết thúc',
  'elig.msg.period.openInvestigation': 'từ {from}, chưa kết thúc',
  'elig.msg.rating.xuat_sac': 'hoàn thành xuất sắc nhiệm vụ',
  'elig.msg.rating.tot': 'hoàn thành tốt nhiệm vụ',
  'elig.msg.rating.hoan_thanh': 'hoàn thành nhiệm vụ',
  'elig.msg.rating.khong_hoan_thanh': 'không hoàn thành nhiệm vụ',
  'elig.msg.need.atLeast': '{rating} trở lên',
  'elig.msg.scope.co_so': 'cấp cơ sở',
  'elig.msg.scope.tinh': 'cấp bộ, ban, ngành, tỉnh',
  'elig.msg.scope.toan_quoc': 'toàn quốc',
  'elig.msg.type.cong_trang': 'theo công trạng và thành tích đạt được',
  'elig.msg.type.dot_xuat': 'đột xuất',
  'elig.msg.type.chuyen_de': 'theo đợt, chuyên đề',
  'elig.msg.type.cong_hien': 'quá trình cống hiến',
  'elig.msg.type.nien_han': 'theo niên hạn',
  'elig.msg.type.doi_ngoai': 'đối ngoại',
  'elig.msg.type.khang_chien': 'thành tích kháng chiến',
  'elig.msg.who.individual': 'cá nhân',
  'elig.msg.who.collective': 'tập thể',
  'elig.msg.cmp.more_than': 'trên',
  'elig.msg.cmp.at_least': 'ít nhất',
  'elig.msg.initiative.scope': ' có phạm vi ảnh hưởng {scope} trở lên',
  'elig.msg.initiative.clipped': ' (chỉ tính từ năm {year}, sau thời gian kỷ luật)',
  'elig.msg.anchor.discipline': 'năm {year} (năm cuối cùng bị kỷ luật)',
  'elig.msg.anchor.award': 'năm {year} ({award})',
  'elig.msg.earliest': 'Năm thành tích sớm nhất có thể đáp ứng: {year}.',
  // unmet conditions
  'elig.msg.blocked.discipline': 'Đang trong thời gian thi hành kỷ luật ({period}) trùng với năm thành tích {year}: không xét khen thưởng.',
  'elig.msg.blocked.investigation':
    'Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư ({period}) tại ngày tiếp nhận hồ sơ {asOf}: chưa xét khen thưởng.',
  'elig.msg.rating_too_low.none': 'Năm {year}: chưa có kết quả đánh giá, xếp loại của {who} (cần {need}).',
  'elig.msg.rating_too_low.individual': 'Năm {year}: được đánh giá {actual}, chưa đạt {need}.',
  'elig.msg.rating_too_low.collective': 'Năm {year}: tập thể được đánh giá {actual}, chưa đạt {need}.',
  'elig.msg.missing_title.year': 'Năm {year}: chưa có danh hiệu {title}.',
  'elig.msg.missing_title.run': 'Năm {year}: chưa có danh hiệu {title} (cần trong các năm {years}).',
  'elig.msg.missing_title.decidedAfter': 'Quyết định ngày {date} sau ngày tiếp nhận hồ sơ nên chưa được tính.',
  'elig.msg.missing_title.otherTypes': 'Danh hiệu hiện có thuộc loại hình {types}, không được tính.',
  'elig.msg.streak_broken': 'Bị kỷ luật ({period}) trong {range}: chuỗi năm liên tục bị gián đoạn, {restart}.',
  'elig.msg.streak_broken.restartAfter': 'thành tích chỉ được tính lại sau khi hết thời gian kỷ luật',
  'elig.msg.streak_broken.restartFrom': 'thành tích chỉ được tính lại từ năm {year}',
  'elig.msg.missing_initiative.none': 'Không có sáng kiến hoặc đề tài khoa học{scope} được công nhận trong {range}{clipped}.',
  'elig.msg.missing_initiative.few':
    'Cần ít nhất {required} sáng kiến hoặc đề tài khoa học{scope} được công nhận trong {range}{clipped}, mới có {found}.',
  'elig.msg.initiative_scope_too_narrow':
    'Sáng kiến, đề tài được công nhận trong {range} chỉ có phạm vi ảnh hưởng {best}, cần phạm vi {min} trở lên.',
  'elig.msg.missing_prior_award': 'Chưa có {prior} theo công trạng làm căn cứ tính thời gian.',
  'elig.msg.missing_prior_award.decidedAfter':
    'Chưa có {prior} theo công trạng tại ngày tiếp nhận hồ sơ: quyết định ngày {date} chưa được tính.',
  'elig.msg.prior_award_not_merit':
    '{prior} đã có thuộc loại hình {types}: kết quả khen thưởng đột xuất, chuyên đề và các loại hình khác không dùng làm căn cứ đề nghị khen thưởng theo công trạng.',
  'elig.msg.window_too_short': 'Từ {from} đến năm {year} mới {length} năm, cần ít nhất {required} năm.',
  'elig.msg.not_enough_titles': 'Trong {range} có {found} lần đạt {title}, cần ít nhất {required}.',
  'elig.msg.missing_excellent_year': 'Trong {range} không có năm nào được đánh giá {rating}.',
  'elig.msg.members_not_all_completed.missing': 'Năm {year}: chưa có số liệu về cá nhân trong tập thể.',
  'elig.msg.members_not_all_completed': 'Năm {year}: {completed}/{members} cá nhân hoàn thành nhiệm vụ, cần {threshold}%.',
  'elig.msg.members.missingTitle': 'Năm {year}: chưa có số liệu về cá nhân đạt {title} trong tập thể.',
  'elig.msg.members_ratio_too_low': 'Năm {year}: {holders}/{members} cá nhân ({percent}%) đạt {title}, cần {comparison} {threshold}%.',
  'elig.msg.no_member_cstdcs': 'Năm {year}: {found} cá nhân đạt {title}, cần ít nhất {required}.',
  'elig.msg.member_disciplined.missing': 'Năm {year}: chưa có số liệu về cá nhân bị kỷ luật trong tập thể.',
  'elig.msg.member_disciplined': 'Năm {year}: có {count} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.',
  // conditions met
  'elig.metMsg.no_discipline_in_year': 'Không bị kỷ luật trong năm thành tích {year}.',
  'elig.metMsg.no_open_investigation':
    'Không bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư tại ngày tiếp nhận hồ sơ {asOf}.',
  'elig.metMsg.rating.individual': 'Năm {year}: được đánh giá {actual}, đạt {need}.',
  'elig.metMsg.rating.collective': 'Năm {year}: tập thể được đánh giá {actual}, đạt {need}.',
  'elig.metMsg.ratings.one': 'Năm {year}: được đánh giá {need}.',
  'elig.metMsg.ratings.span': 'Mọi năm trong giai đoạn {from}–{to} được đánh giá {need}.',
  'elig.metMsg.ratings.none': 'Không có năm nào phải xét xếp loại.',
  'elig.metMsg.title_run': 'Có danh hiệu {title} trong các năm {years}.',
  'elig.metMsg.run_uninterrupted': 'Không bị kỷ luật trong {range}: chuỗi năm liên tục không bị gián đoạn.',
  'elig.metMsg.initiative': 'Có sáng kiến hoặc đề tài khoa học{scope} được công nhận trong {range}{clipped}.',
  'elig.metMsg.initiatives': 'Có {found} sáng kiến hoặc đề tài khoa học{scope} được công nhận trong {range}{clipped} (cần ít nhất {required}).',
  'elig.metMsg.prior_award': 'Đã có {prior} theo công trạng (năm {year}).',
  'elig.metMsg.window_uninterrupted': 'Không có kỷ luật làm gián đoạn thời gian tính từ khen thưởng làm mốc.',
  'elig.metMsg.window_uninterrupted.afterDiscipline': 'Thời gian được tính lại từ năm {from}, sau thời gian kỷ luật.',
  'elig.metMsg.window_length': 'Từ {from} đến năm {year} đã được {length} năm (cần ít nhất {required} năm).',
  'elig.metMsg.titles_in_window': 'Trong {range} có {found} lần đạt {title} (cần ít nhất {required}).',
  'elig.metMsg.excellent_year_in_window': 'Trong {range} có {found} năm được đánh giá {rating} (cần ít nhất {required}).',
  'elig.metMsg.members_ldtt_ratio': 'Năm {year}: {holders}/{members} cá nhân ({percent}%) đạt {title} (cần {comparison} {threshold}%).',
  'elig.metMsg.members_completed': 'Năm {year}: {completed}/{members} cá nhân hoàn thành nhiệm vụ (cần {threshold}%).',
  'elig.metMsg.member_cstdcs': 'Năm {year}: {found} cá nhân đạt {title} (cần ít nhất {required}).',
  'elig.metMsg.no_member_disciplined': 'Năm {year}: không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.',
  // grounds to confirm (toConfirm), by `params.ground`: exactly the domain's texts (rules/*.rule.ts)
  'elig.ground.thanh_tich_tieu_bieu_phong_trao': 'Căn cứ khác: có thành tích xuất sắc, tiêu biểu được bình xét trong phong trào thi đua.',
  'elig.ground.thanh_tich_xuat_sac_dot_xuat.bang_khen_thu_tuong':
    'Căn cứ khác: lập được nhiều thành tích có phạm vi ảnh hưởng trong bộ, ban, ngành, tỉnh, thành tích xuất sắc đột xuất hoặc đạt giải thưởng cấp quốc gia, …',
  'elig.ground.thanh_tich_xuat_sac_dot_xuat.bang_khen_thu_tuong_2013':
    'Căn cứ khác của Điều 38 Nghị định 91/2017/NĐ-CP (thành tích xuất sắc được bình xét trong phong trào thi đua, thành tích đột xuất, …), do Hội đồng xem xét.',
  'elig.ground.can_cu_khac_khoan_1_dieu_74':
    'Các căn cứ khác của khoản 1 Điều 74 (thành tích xuất sắc được bình xét trong phong trào thi đua, thành tích đột xuất, …), do Hội đồng Thi đua – Khen thưởng xem xét.',
  'elig.ground.muu_tri_sang_tao_chien_dau':
    'Căn cứ khác thay cho xếp loại xuất sắc hoặc sáng kiến: mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu (lực lượng vũ trang), do người có thẩm quyền công nhận.',
  'elig.ground.ty_le_chien_si_thi_dua_co_so':
    'Số cá nhân được công nhận không quá 15% tổng số cá nhân đạt “Lao động tiên tiến”, “Chiến sĩ tiên tiến” của đơn vị (kiểm tra trên danh sách của đơn vị).',
  'elig.ground.tieu_bieu_xuat_sac.chien_si_thi_dua_tinh':
    'Tiêu biểu xuất sắc, được lựa chọn trong số những cá nhân có ba lần liên tục đạt danh hiệu “Chiến sĩ thi đua cơ sở”.',
  'elig.ground.hieu_qua_anh_huong_sang_kien':
    'Sáng kiến, đề tài có hiệu quả áp dụng, khả năng nhân rộng hoặc có ảnh hưởng trong bộ, ban, ngành, tỉnh, do người đứng đầu bộ, ban, ngành, tỉnh công nhận.',
  'elig.ground.ty_le_phieu_hoi_dong.quy_che':
    'Tỷ lệ phiếu tán thành của Hội đồng Thi đua – Khen thưởng theo quy chế của bộ, ngành, tỉnh (mặc định: từ 90% tổng số thành viên trở lên).',
  'elig.ground.ty_le_phieu_hoi_dong.bo_phieu_kin': 'Được Hội đồng Thi đua – Khen thưởng bỏ phiếu kín, tán thành từ 90% tổng số thành viên trở lên.',
  'elig.ground.ty_le_phieu_hoi_dong.tong_so_thanh_vien':
    'Được Hội đồng Thi đua – Khen thưởng bỏ phiếu tán thành từ {percent}% tổng số thành viên trở lên (tính trên tổng số thành viên, không phải số có mặt).',
  'elig.ground.tieu_bieu_xuat_sac.chien_si_thi_dua_toan_quoc':
    'Có thành tích tiêu biểu xuất sắc, được lựa chọn trong số những cá nhân có hai lần liên tục đạt danh hiệu “Chiến sĩ thi đua bộ, ban, ngành, tỉnh”.',
  'elig.ground.anh_huong_toan_quoc':
    'Sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc, do Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh công nhận (lực lượng vũ trang: mưu trí, sáng tạo trong chiến đấu có phạm vi toàn quốc).',
  'elig.ground.thanh_tich_xuat_sac_dot_xuat.huan_chuong_lao_dong_hang_ba':
    'Các căn cứ khác của khoản 1 Điều 44 (thành tích xuất sắc đột xuất, phát minh, sáng chế, công trình có phạm vi ảnh hưởng, quá trình cống hiến, …), do Hội đồng xem xét.',
  'elig.ground.thanh_tich_xuat_sac_dot_xuat.huan_chuong_lao_dong_hang_ba_2013':
    'Các căn cứ khác để tặng Huân chương Lao động hạng Ba (thành tích xuất sắc đột xuất, phát minh, sáng chế, quá trình cống hiến, …), do Hội đồng xem xét.',
  'elig.ground.tinh_than_tu_luc_doan_ket':
    'Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua (do cơ quan, đơn vị bình xét).',
  'elig.ground.chap_hanh_chu_truong_chinh_sach': 'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
  'elig.ground.phong_trao_thi_dua_thuong_xuyen': 'Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả.',
  'elig.ground.noi_bo_doan_ket': 'Nội bộ đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
  'elig.ground.dan_dau_cum_khoi.co_thi_dua_chinh_phu':
    'Tập thể được cụm, khối thi đua bình xét, suy tôn dẫn đầu; hoàn thành vượt mức chỉ tiêu thi đua và nhiệm vụ được giao trong năm; nội bộ đoàn kết, tổ chức đảng, đoàn thể trong sạch, vững mạnh (Điều 7 Nghị định 152/2025/NĐ-CP).',
  'elig.ground.ty_le_de_nghi_co_chinh_phu':
    'Cụm, khối do bộ, ngành, tỉnh tổ chức: số tập thể đề nghị không quá 20% số tập thể dẫn đầu cụm, khối và đạt tiêu chuẩn cờ thi đua của bộ, ngành, tỉnh (làm tròn xuống); cụm, khối do Hội đồng Thi đua – Khen thưởng Trung ương tổ chức: tập thể dẫn đầu.',
  'elig.ground.dan_dau_cum_khoi.co_thi_dua_tinh': 'Tập thể tiêu biểu xuất sắc, dẫn đầu cụm, khối thi đua của bộ, ban, ngành, tỉnh, được suy tôn.',
  'elig.ground.tieu_chuan_giay_khen': 'Tiêu chuẩn Giấy khen do bộ, ban, ngành, tỉnh, cơ quan, đơn vị quy định; Hội đồng Thi đua – Khen thưởng xem xét.',
  'elig.ground.tieu_chuan_chien_si_tien_tien':
    'Tiêu chuẩn như “Lao động tiên tiến” áp dụng cho lực lượng vũ trang (hoàn thành tốt nhiệm vụ trở lên; tự lực, đoàn kết, tích cực thi đua), theo quy định của Bộ Quốc phòng, Bộ Công an.',
  'elig.ground.tieu_chuan_don_vi_tien_tien':
    'Tiêu chuẩn tương tự “Tập thể lao động tiên tiến” (ít nhất 70% cá nhân đạt “Chiến sĩ tiên tiến”, không có cá nhân bị kỷ luật từ cảnh cáo trở lên), theo quy định của Bộ Quốc phòng, Bộ Công an.',
  'elig.ground.tieu_chuan_don_vi_quyet_thang':
    'Tiêu chuẩn tương tự “Tập thể lao động xuất sắc” (100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt “Chiến sĩ tiên tiến”, có cá nhân đạt “Chiến sĩ thi đua cơ sở”), theo quy định của Bộ Quốc phòng, Bộ Công an.',
  'elig.ground.tieu_chuan_xet_tang':
    'Tiêu chuẩn xét tặng {award} cho {who} không được kiểm tra tự động; Hội đồng Thi đua – Khen thưởng xem xét hồ sơ.',
  'elig.ground.who.individual': 'cá nhân',
  'elig.ground.who.collective': 'tập thể',
  'elig.ground.who.household': 'hộ gia đình',
  'elig.ground.manual_review': '{award} được bổ sung vào danh mục; điều kiện do người xét duyệt xác nhận.',
  // the legal basis of a condition, from its `citation` (domain legal-basis.ts formatBasis)
  'elig.basis.law.law-2022': 'Luật Thi đua, khen thưởng số 06/2022/QH15',
  'elig.basis.law.law-2013': 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2013)',
  'elig.basis.lawArticle': '{article} {law}',
  'elig.basis.decree': 'Nghị định {decree}',
  'elig.basis.decreeArticle': '{article} Nghị định {decree}',
  'elig.basis.article': 'Điều {article}',
  'elig.basis.article.clause': 'khoản {clause} Điều {article}',
  'elig.basis.article.point': 'điểm {point} khoản {clause} Điều {article}',
} as const;

export const eligibilityEn: Record<keyof typeof eligibilityVi, string> = {
  // fragments
  'elig.msg.range.year': '{year}',
  'elig.msg.range.span': '{from}–{to}',
  'elig.msg.period.closed': 'from {from} to {to}',
  'elig.msg.period.openDiscipline': 'from {from}, no end date',
  'elig.msg.period.openInvestigation': 'from {from}, not closed',
  'elig.msg.rating.xuat_sac': 'Excellent',
  'elig.msg.rating.tot': 'Good',
  'elig.msg.rating.hoan_thanh': 'Satisfactory',
  'elig.msg.rating.khong_hoan_thanh': 'Unsatisfactory',
  'elig.msg.need.atLeast': '{rating} or better',
  'elig.msg.scope.co_so': 'grassroots',
  'elig.msg.scope.tinh': 'ministry, sector or province',
  'elig.msg.scope.toan_quoc': 'national',
  'elig.msg.type.cong_trang': 'for merit and achievements',
  'elig.msg.type.dot_xuat': 'ad hoc',
  'elig.msg.type.chuyen_de': 'thematic (by campaign)',
  'elig.msg.type.cong_hien': 'for a career of dedication',
  'elig.msg.type.nien_han': 'for length of service',
  'elig.msg.type.doi_ngoai': 'foreign relations',
  'elig.msg.type.khang_chien': 'resistance-war achievements',
  'elig.msg.who.individual': 'individual',
  'elig.msg.who.collective': 'collective',
  'elig.msg.cmp.more_than': 'more than',
  'elig.msg.cmp.at_least': 'at least',
  'elig.msg.initiative.scope': ' of {scope} scope or wider',
  'elig.msg.initiative.clipped': ' (counted only from {year}, after the discipline)',
  'elig.msg.anchor.discipline': '{year} (the last year under discipline)',
  'elig.msg.anchor.award': '{year} ({award})',
  'elig.msg.earliest': 'Earliest achievement year that could meet it: {year}.',
  // unmet conditions
  'elig.msg.blocked.discipline': 'Under discipline ({period}) during achievement year {year}: no commendation can be considered.',
  'elig.msg.blocked.investigation':
    'Under disciplinary review, investigation, inspection or complaint verification ({period}) on the dossier receipt date {asOf}: commendation is not considered yet.',
  'elig.msg.rating_too_low.none': '{year}: no performance rating recorded for the {who} ({need} needed).',
  'elig.msg.rating_too_low.individual': '{year}: rated {actual}, short of {need}.',
  'elig.msg.rating_too_low.collective': '{year}: the collective was rated {actual}, short of {need}.',
  'elig.msg.missing_title.year': '{year}: the title {title} is missing.',
  'elig.msg.missing_title.run': '{year}: the title {title} is missing (needed in each of {years}).',
  'elig.msg.missing_title.decidedAfter': 'Its decision of {date} is after the dossier receipt date, so it does not count yet.',
  'elig.msg.missing_title.otherTypes': 'The title held is of the type {types}, which does not count.',
  'elig.msg.streak_broken': 'Disciplined ({period}) within {range}: the run of consecutive years is broken; {restart}.',
  'elig.msg.streak_broken.restartAfter': 'achievements count again only after the discipline ends',
  'elig.msg.streak_broken.restartFrom': 'achievements count again only from {year}',
  'elig.msg.missing_initiative.none': 'No initiative or research work{scope} recognised in {range}{clipped}.',
  'elig.msg.missing_initiative.few':
    'At least {required} initiatives or research works{scope} recognised in {range}{clipped} are needed; found: {found}.',
  'elig.msg.initiative_scope_too_narrow':
    'The initiatives and research works recognised in {range} only have {best} scope; {min} scope or wider is needed.',
  'elig.msg.missing_prior_award': 'No {prior} for merit to count the period from.',
  'elig.msg.missing_prior_award.decidedAfter':
    'No {prior} for merit on the dossier receipt date: the decision of {date} does not count yet.',
  'elig.msg.prior_award_not_merit':
    'The {prior} held is of the type {types}: ad hoc, thematic and other types of commendation are not a basis for proposing a commendation for merit.',
  'elig.msg.window_too_short': 'Years from {from} to {year}: only {length}; at least {required} needed.',
  'elig.msg.not_enough_titles': '{title} in {range}: {found}; at least {required} needed.',
  'elig.msg.missing_excellent_year': 'No year in {range} was rated {rating}.',
  'elig.msg.members_not_all_completed.missing': '{year}: no figures on the members of the collective.',
  'elig.msg.members_not_all_completed': '{year}: {completed}/{members} members completed their tasks; {threshold}% needed.',
  'elig.msg.members.missingTitle': '{year}: no figures on the members of the collective holding {title}.',
  'elig.msg.members_ratio_too_low': '{year}: {holders}/{members} members ({percent}%) hold {title}; {comparison} {threshold}% needed.',
  'elig.msg.no_member_cstdcs': '{year}: members holding {title}: {found}; at least {required} needed.',
  'elig.msg.member_disciplined.missing': '{year}: no figures on disciplined members of the collective.',
  'elig.msg.member_disciplined': '{year}: members disciplined with a warning or heavier: {count}.',
  // conditions met
  'elig.metMsg.no_discipline_in_year': 'No discipline during achievement year {year}.',
  'elig.metMsg.no_open_investigation':
    'No disciplinary review, investigation, inspection or complaint verification open on the dossier receipt date {asOf}.',
  'elig.metMsg.rating.individual': '{year}: rated {actual}, meeting {need}.',
  'elig.metMsg.rating.collective': '{year}: the collective was rated {actual}, meeting {need}.',
  'elig.metMsg.ratings.one': '{year}: rated {need}.',
  'elig.metMsg.ratings.span': 'Every year of {from}–{to} rated {need}.',
  'elig.metMsg.ratings.none': 'No year to be rated.',
  'elig.metMsg.title_run': 'The title {title} held in each of {years}.',
  'elig.metMsg.run_uninterrupted': 'No discipline within {range}: the run of consecutive years is unbroken.',
  'elig.metMsg.initiative': 'An initiative or research work{scope} recognised in {range}{clipped}.',
  'elig.metMsg.initiatives': 'Initiatives or research works{scope} recognised in {range}{clipped}: {found} (at least {required} needed).',
  'elig.metMsg.prior_award': 'Holds the {prior} for merit (achievement year {year}).',
  'elig.metMsg.window_uninterrupted': 'No discipline interrupts the period counted from the previous award.',
  'elig.metMsg.window_uninterrupted.afterDiscipline': 'The period is counted again from {from}, after the discipline.',
  'elig.metMsg.window_length': 'Years from {from} to {year}: {length} (at least {required} needed).',
  'elig.metMsg.titles_in_window': '{title} in {range}: {found} (at least {required} needed).',
  'elig.metMsg.excellent_year_in_window': 'Years rated {rating} in {range}: {found} (at least {required} needed).',
  'elig.metMsg.members_ldtt_ratio': '{year}: {holders}/{members} members ({percent}%) hold {title} ({comparison} {threshold}% needed).',
  'elig.metMsg.members_completed': '{year}: {completed}/{members} members completed their tasks ({threshold}% needed).',
  'elig.metMsg.member_cstdcs': '{year}: members holding {title}: {found} (at least {required} needed).',
  'elig.metMsg.no_member_disciplined': '{year}: no member disciplined with a warning or heavier.',
  // grounds to confirm
  'elig.ground.thanh_tich_tieu_bieu_phong_trao': 'Other ground: outstanding, exemplary achievements recognised in an emulation movement.',
  'elig.ground.thanh_tich_xuat_sac_dot_xuat.bang_khen_thu_tuong':
    'Other ground: many achievements with influence across a ministry, sector or province, outstanding ad hoc achievements, or a national prize, …',
  'elig.ground.thanh_tich_xuat_sac_dot_xuat.bang_khen_thu_tuong_2013':
    'Other grounds of Article 38 of Decree 91/2017/ND-CP (outstanding achievements recognised in an emulation movement, ad hoc achievements, …), for the Council to consider.',
  'elig.ground.can_cu_khac_khoan_1_dieu_74':
    'Other grounds of Article 74(1) (outstanding achievements recognised in an emulation movement, ad hoc achievements, …), for the Emulation and Commendation Council to consider.',
  'elig.ground.muu_tri_sang_tao_chien_dau':
    'Another ground instead of an Excellent rating or an initiative: resourcefulness and creativity in combat or combat support (armed forces), recognised by the competent authority.',
  'elig.ground.ty_le_chien_si_thi_dua_co_so':
    'At most 15% of the unit’s “Advanced Worker” and “Advanced Soldier” title holders are recognised (checked on the unit’s list).',
  'elig.ground.tieu_bieu_xuat_sac.chien_si_thi_dua_tinh':
    'Outstanding and exemplary, chosen among individuals who achieved the “Grassroots Emulation Fighter” title three times in a row.',
  'elig.ground.hieu_qua_anh_huong_sang_kien':
    'The initiative or research work is effective in practice, can be replicated or has influence across the ministry, sector or province, as recognised by its head.',
  'elig.ground.ty_le_phieu_hoi_dong.quy_che':
    'Share of votes in favour in the Emulation and Commendation Council as the rules of the ministry, sector or province set it (default: 90% of all members or more).',
  'elig.ground.ty_le_phieu_hoi_dong.bo_phieu_kin': 'Approved by the Emulation and Commendation Council in a secret ballot by 90% of all members or more.',
  'elig.ground.ty_le_phieu_hoi_dong.tong_so_thanh_vien':
    'Approved by the Emulation and Commendation Council by {percent}% of all members or more (counted on all members, not on those present).',
  'elig.ground.tieu_bieu_xuat_sac.chien_si_thi_dua_toan_quoc':
    'Outstanding and exemplary achievements, chosen among individuals who achieved the “Emulation Fighter of a Ministry, Sector or Province” title twice in a row.',
  'elig.ground.anh_huong_toan_quoc':
    'The initiative or research work has national influence, as recognised by a minister, the head of a ministerial-level agency or the chairperson of a provincial People’s Committee (armed forces: resourcefulness and creativity in combat of national scope).',
  'elig.ground.thanh_tich_xuat_sac_dot_xuat.huan_chuong_lao_dong_hang_ba':
    'Other grounds of Article 44(1) (outstanding ad hoc achievements, discoveries, inventions, works with wide influence, a career of dedication, …), for the Council to consider.',
  'elig.ground.thanh_tich_xuat_sac_dot_xuat.huan_chuong_lao_dong_hang_ba_2013':
    'Other grounds for the Labour Order, Third Class (outstanding ad hoc achievements, discoveries, inventions, a career of dedication, …), for the Council to consider.',
  'elig.ground.tinh_than_tu_luc_doan_ket':
    'Self-reliant; shows solidarity and mutual support and takes an active part in emulation movements (assessed by the agency or unit).',
  'elig.ground.chap_hanh_chu_truong_chinh_sach': 'Sets an example in complying with the Party’s guidelines and the State’s policies and laws.',
  'elig.ground.phong_trao_thi_dua_thuong_xuyen': 'Takes an active part in regular, practical and effective emulation movements.',
  'elig.ground.noi_bo_doan_ket': 'United internally; sets an example in complying with the Party’s guidelines and the State’s policies and laws.',
  'elig.ground.dan_dau_cum_khoi.co_thi_dua_chinh_phu':
    'The collective is voted the leader of its emulation cluster or group; it exceeded its emulation targets and the tasks assigned for the year; it is united internally, with clean and strong Party and mass organisations (Article 7 of Decree 152/2025/ND-CP).',
  'elig.ground.ty_le_de_nghi_co_chinh_phu':
    'Clusters and groups of a ministry, sector or province: the collectives proposed are at most 20% of the cluster and group leaders meeting the standard of its emulation flag (rounded down); clusters and groups of the Central Emulation and Commendation Council: the leading collective.',
  'elig.ground.dan_dau_cum_khoi.co_thi_dua_tinh':
    'An outstanding, exemplary collective, voted the leader of an emulation cluster or group of the ministry, central body, sector or province.',
  'elig.ground.tieu_chuan_giay_khen':
    'The standards of the Certificate of Commendation are set by the ministry, central body, sector, province, agency or unit; the Emulation and Commendation Council considers them.',
  'elig.ground.tieu_chuan_chien_si_tien_tien':
    'The standards of “Advanced Worker” as they apply to the armed forces (rated Good or better; self-reliant, united, active in emulation), as the Ministry of National Defence and the Ministry of Public Security provide.',
  'elig.ground.tieu_chuan_don_vi_tien_tien':
    'Standards like those of “Advanced Collective” (at least 70% of members are “Advanced Soldier”, no member disciplined with a warning or heavier), as the Ministry of National Defence and the Ministry of Public Security provide.',
  'elig.ground.tieu_chuan_don_vi_quyet_thang':
    'Standards like those of “Excellent Collective” (100% of members completed their tasks, at least 70% are “Advanced Soldier”, one or more is a “Grassroots Emulation Fighter”), as the Ministry of National Defence and the Ministry of Public Security provide.',
  'elig.ground.tieu_chuan_xet_tang':
    'The standards for conferring {award} on {who} are not checked automatically; the Emulation and Commendation Council examines the dossier.',
  'elig.ground.who.individual': 'an individual',
  'elig.ground.who.collective': 'a collective',
  'elig.ground.who.household': 'a household',
  'elig.ground.manual_review': '{award} was added to the catalogue; its conditions are confirmed by the reviewer.',
  // the legal basis
  'elig.basis.law.law-2022': 'Law on Emulation and Commendation No. 06/2022/QH15',
  'elig.basis.law.law-2013': 'Law on Emulation and Commendation of 2003 (amended in 2013)',
  'elig.basis.lawArticle': '{article} of the {law}',
  'elig.basis.decree': 'Decree {decree}',
  'elig.basis.decreeArticle': '{article} of Decree {decree}',
  'elig.basis.article': 'Article {article}',
  'elig.basis.article.clause': 'Article {article}({clause})',
  'elig.basis.article.point': 'Article {article}({clause})({point})',
};
