import { writeFileSync } from 'node:fs';
import { renderCertificatesPdf, renderDecisionDocx } from './src/index.js';
import { certificate, decisionInput } from './test/fixtures.js';
const buf = await renderCertificatesPdf({ verifyBaseUrl: 'https://thidua.hungyen.gov.vn', certificates: [
  certificate(0, { title: 'GIẤY KHEN', issuerTitle: 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HƯNG YÊN KIÊM CHỦ TỊCH HỘI ĐỒNG THI ĐUA KHEN THƯỞNG NGÀNH GIÁO DỤC', honorific: undefined,
    holderName: 'Tập thể Phòng Thí nghiệm Trọng điểm Quốc gia về Công nghệ Vật liệu và Linh kiện Điện tử Bán dẫn thế hệ mới', position: undefined,
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Đổi mới, sáng tạo trong dạy và học" năm học 2018 - 2019, góp phần tích cực vào sự nghiệp giáo dục và đào tạo của tỉnh, được Hội đồng Thi đua - Khen thưởng ngành đánh giá cao và đề nghị biểu dương rộng rãi trong toàn ngành giáo dục tỉnh Hưng Yên',
    signerAuthority: ['TM. HỘI ĐỒNG', 'KT. CHỦ TỊCH'], registryNumber: undefined, verificationCode: 'GD-2019-00042' }) ] });
writeFileSync('/tmp/docout/edge.pdf', buf);
const awardees = Array.from({ length: 45 }, (_, i) => ({ name: `Nguyễn Thị Người Thứ ${i + 1}`, position: 'Giáo viên', organisation: 'Trường Trung học phổ thông chuyên Hưng Yên', achievement: i % 3 ? undefined : 'Hoàn thành xuất sắc nhiệm vụ' }));
writeFileSync('/tmp/docout/many.docx', await renderDecisionDocx(decisionInput({ awardees, governingBody: 'UBND TỈNH HƯNG YÊN', issuingBody: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', issuerTitle: 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO', signerAuthority: undefined, signerTitle: 'GIÁM ĐỐC', number: '77/QĐ-SGDĐT' })));
