"""The sheets of the workbook a province office sends upward (store/workbook.py), as an officer
reads them: the store's, the command's and the web page's tests expect these."""

SHEETS = [
    "Kế hoạch",
    "Chỉ tiêu",
    "Đơn vị",
    "Thời hạn",
    "So sánh chỉ tiêu quốc gia",
    "Xã chưa gửi kế hoạch",
    "Kế hoạch chưa đầy đủ",
]
