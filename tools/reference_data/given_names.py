"""Given names that Faker's person lists lack, and family names written first.

Faker's lists are strong for Europe and the Americas and hold Arabic, Russian, Chinese and
Korean names only in their own scripts. Policy news writes officials of every region in Latin
letters, so this table adds common romanized given names of the regions Faker misses (common
knowledge: the names of ministers, envoys and heads of state and government, and their
common variants), and the family names of languages that put them first ("Wang Yi",
"Nguyen Thi Hoa"), which open a name the same way.

The build drops any of them that is also an English word, a country's name, demonym or
capital, or a head word of the extractor (see ``tools/build_given_names.py``).
"""

from __future__ import annotations

#: romanized given names, by region (one string per region, names separated by blanks)
GIVEN = {
    "Arabic": """Abdel Abdelaziz Abdelkader Abdallah Abdulaziz Abdulla Abdullah Abdullahi Abdulrahman
    Abdulrahim Adel Adnan Ahmad Ahmed Aisha Amal Amani Amer Amin Amira Amr Anas Anwar Asma Ayman Bader
    Badr Bassam Bassem Basma Bilal Dalia Faisal Farah Fares Faris Fatima Fawzi Fouad Ghada Ghassan Habib
    Hafez Haider Haitham Hamad Hamdan Hamid Hamza Hanan Hani Haroun Hassan Hatem Haya Hazem Hiba
    Hisham Hossam Hussein Ibrahim Imad Iman Ismail Issa Jaber Jamal Jamila Jassim Kamal Karim Khaled
    Khalid Khalil Laila Layla Lina Lubna Magdy Maha Mahmoud Majid Malek Mansour Marwan Maryam Mazen
    Mohamed Mohammad Mohammed Mona Mostafa Muhammad Mustafa Nabil Nadia Nader Naguib Najib Najla Nasser
    Nawaf Nizar Noura Omar Osama Rachid Rami Rana Rania Rashid Reem Riad Saad Sabah Saeed Saif Salah
    Saleh Salem Salim Salma Salman Sameh Sami Samir Saud Shaima Tamim Tarek Tariq Turki Wael Waleed
    Walid Yahya Yasser Yousef Youssef Yusuf Zaid Zainab Ziad""",
    "West and Central Africa": """Aboubacar Abdoulaye Adama Adebayo Adesina Akinwumi Aliou Aliyu Amadou
    Aminata Assane Atiku Awa Babajide Bassirou Binta Boubacar Cheikh Chidi Chinedu Chukwuemeka Dauda
    Emeka Fatou Folake Funmilayo Goodluck Hadiza Ibrahima Idrissa Kadiatou Kashim Kayode Kwabena Kwaku
    Kwame Kwesi Lamine Macky Mahamadou Mahamat Mariama Modibo Moussa Nkechi Nnamdi Obiageli Olusegun
    Oluwaseun Oumar Ousmane Sadio Seydou Souleymane Tunde Yakubu Yaw Yemi Bola""",
    "East and Southern Africa": """Abiy Amani Baraka Cyril Emmerson Hailemariam Hakainde Jakaya Kagiso
    Kalonzo Kipchoge Lindiwe Mokgweetsi Musalia Mwai Njeri Nkosazana Raila Samia Saulos Sipho Tedros
    Tendai Thabo Thandeka Themba Uhuru Wangari Wanjiru Yoweri""",
    "South Asia": """Abhishek Ahsan Ajay Amit Anand Anil Anura Arun Arvind Ashok Asif Benazir Bilawal
    Deepak Dinesh Gautam Gotabaya Hasina Imran Ishaq Khawaja Kiran Lakshmi Mahesh Mahinda Mamata Manoj
    Meena Narendra Nawaz Nirmala Nitin Piyush Pradeep Prakash Priyanka Pushpa Rahul Rajiv Rajnath Rakesh
    Ramesh Ranil Ravi Rohit Sajith Sandeep Sanjay Shankar Shehbaz Shireen Smriti Sonia Subrahmanyam
    Sunil Suresh Sushma Tshering Vijay Vikram Yashwant Zulfikar Aamir Abul Aditya Akhilesh Amartya
    Amitabh Anisul Anjali Arjun Asad Asaduzzaman Ayesha Bhupender Chandrababu Devendra Farooq Gopal
    Harsimrat Jitendra Kailash Kavita Krishna Lalit Mahbub Maneka Manish Masud Meera Mizanur Mohan
    Mukesh Nandini Naveen Nikhil Nisha Obaidul Pankaj Prashant Praveen Priya Radha Rajendra Rajesh
    Ratan Rezaul Ritu Sachin Sajid Santosh Sarita Shahbaz Shahid Shahriar Shashi Shyam Smita Sudhir
    Sumit Sunita Swati Tahir Tofail Usha Varun Vinod Vivek Yogesh Zafar Zahid""",
    "Central Asia, Russia, the Caucasus and Eastern Europe": """Aigerim Aliaksandr Alexei Alexey
    Alisher Almazbek Anatoly Andrei Andrey Askar Bakhtiyor Boris Denys Dmitri Dmitry Dmytro Ekaterina
    Emomali Evgeny Galina Gennady Grigory Gurbanguly Igor Ilham Irakli Irina Kassym Kassym-Jomart
    Konstantin Leonid Levan Lyudmila Maia Mikhail Mikheil Nikol Nikolai Nursultan Oleg Oleksandr Oleksiy
    Olena Olga Pavel Petro Rustam Sadyr Serdar Sergei Sergey Shavkat Stanislav Svetlana Sviatlana
    Tatiana Tatyana Timur Valentina Valery Vasily Viktor Vitaly Volodymyr Vyacheslav Yerlan Yevgeny
    Yulia Yuri Yury""",
    "East and South-East Asia": """Anwar Fumio Halimah Hishammuddin Joko Mahathir Muhyiddin Paetongtarn
    Prabowo Prayut Retno Saifuddin Shinzo Sihasak Srettha Thaksin Tharman Yingluck Yoshihide Yoshimasa
    Zambry Aung Thein Kyaw Hla Ferdinand Manuel Sakiasi Sitiveni Feleti Taneti Enele""",
    "Latin America and the Caribbean": """Ariel Dilma Evo Irfaan Jair Jovenel Laurentino Lenín Mauricio
    Nayib Ollanta Xiomara Yamandú""",
    "Europe and elsewhere": """Achim Annalena Dubravka Giorgia Jacinda Josep Kaja Keir Kristalina
    Kyriakos Magdalena Margaritis Mateusz Mette Petteri Radosław Sanna""",
}

#: family names written before the given name (Chinese, Vietnamese, Korean, Khmer)
FAMILY_FIRST = """Bui Cai Cao Chen Cheng Choi Dang Deng Ding Dong Duong Feng Guo Hoang Huang Huynh Jiang
Kang Kwon Liang Lim Liu Luo Nguyen Peng Pham Phan Qin Shen Tang Tian Tran Vo Vu Wang Wei Xie Xiao Xi
Yang Yao Yoon Yuan Zeng Zhang Zhao Zheng Zhou Zhu Li Hun Prak"""

#: given names that more often open a place's or a body's name in policy news ("Santa Cruz", "Mar del
#: Plata", "Monte Carlo", "Nova Scotia", "Don Bosco", "Delta Air Lines", "Rosario" or "Houston" the
#: city), or a religion, a feast or a title ("Christian Aid", "Imam Hussein Shrine", "Duke of …")
NOT_OPENING = """Aden Alexandria Baron Beau Cap Christian Cruz Dallas Delta Denver Don Duke Earl Easter
Goma Houston Imam Mar Meta Mont Monte Muslim Nova Orlando Phoenix Ramadan Regina Rosario Royal Said
Santa Santos Valencia Villa"""
